/**
 * Across documents: turns candidate mentions into actors. Spelling variants merge by a
 * normalised key (keys.ts); bodies of a state by a canonical key (state-bodies.ts);
 * acronyms resolve through definitions found anywhere in the corpus; variants of a
 * person's name merge (person-variants.ts); an organ's short name joins its full name, and a
 * department's two word orders meet (organ-names.ts); short forms ("Xi", "Norov", "Alibaba") attach
 * to the fuller name they stand for only on evidence (short-forms.ts). Every step indexes
 * by key, so the cost grows linearly with the number of mentions.
 */
import type { ActorType } from '../../graph-format/index.ts';
import type { LexiconIndex } from '../recognise/index.ts';
import type { AcronymDefinition } from '../types.ts';
import { addTo, groupLabel, groupType, mergeGroup, type Group, type Groups, type LocatedMention } from './groups.ts';
import { isFirstName } from '../lexicon/first-names.ts';
import { isKnownGivenName, labelKey, personKey } from './keys.ts';
import { departmentOfForm, mergeDepartmentWordOrder, mergeOrganTails } from './organ-names.ts';
import { mergePersonVariants } from './person-variants.ts';
import { mergeOrganWordOrders } from './organ-word-order.ts';
import { mergeLegalFormTails } from './legal-form-tails.ts';
import { mergeRomanisedBodies } from './romanised-bodies.ts';
import { mergeTermGovernments } from './term-governments.ts';
import { mergeMinistryWordOrder } from './ministry-word-order.ts';
import { LOWERCASE_PHRASE_RULE, ordinaryPhraseOf } from './lowercase-phrases.ts';
import { indexShortForms, shortFormTarget } from './short-forms.ts';
import { bodyKey, governmentOf, stateBodyKey, withoutLeadingState } from './state-bodies.ts';

export type { LocatedMention } from './groups.ts';

/** Corpus-wide checks resolve asks for, and where it reports what they dropped ("lowercase-phrase: Steering Board"). */
export interface ResolveChecks {
  /** The phrases among those given that the texts also write in lower case (lowercase-phrases.ts). */
  writtenLowerCase?: (phrases: ReadonlySet<string>) => ReadonlySet<string>;
  dropped?: string[];
}

export interface Actor {
  type: ActorType;
  label: string;
  mentions: LocatedMention[];
}

/**
 * `commonWords`: words the corpus also writes in lower case (common-words.ts), among lone
 * names and the words of guessed names: a lone one stands for an actor only on evidence in the
 * same document, and a guessed name made only of them is no actor.
 */
export function resolveActors(
  mentions: LocatedMention[], definitions: AcronymDefinition[], lexicon: LexiconIndex, knownPersons: readonly string[] = [],
  commonWords: ReadonlySet<string> = new Set(), checks: ResolveChecks = {},
): Actor[] {
  const acronymMap = chooseAcronymMeanings(definitions);
  const groups: Groups = new Map();
  const weak: LocatedMention[] = [];
  // Bodies of a state ("U.S. Embassy in Kabul", "Embassy of the United States in Kabul") meet under one key.
  const keyOf = (label: string, type: ActorType): string => (type === 'organisation' ? stateBodyKey(label, lexicon) : undefined) ??
    (type === 'person' ? personKey(label) : type === 'state' ? labelKey(label) : bodyKey(label, lexicon));

  for (const mention of mentions) {
    // A name the texts say is no actor (a mine or a field: recognise/passes/site-names.ts) counts nowhere when written alone.
    if ((mention.kind === 'named' || mention.kind === 'surname') && acronymMap.get(mention.label)?.type === 'none') continue;
    if (mention.kind === 'surname' || (mention.kind === 'named' && !mention.label.includes(' '))) {
      weak.push(mention);
      continue;
    }
    if (mention.kind === 'acronym') {
      const meaning = acronymMap.get(mention.label.replace(/\./g, ''));
      if (meaning?.type === 'none') continue;
      if (meaning) addTo(groups, keyOf(meaning.label, meaning.type), mention, meaning.type, meaning.label);
      else weak.push(mention);
      continue;
    }
    // A definition in the text ("Caspian Pipeline Consortium (CPC)") beats the lexicon's reading of the acronym.
    const defined = mention.acronym === undefined ? undefined : acronymMap.get(mention.acronym);
    // … unless the definition is the known name cut at a comma or line break ("Scientific and Cultural Organization (UNESCO)").
    const cutKnownName = defined !== undefined && mention.kind === 'lexicon' && labelKey(mention.label).endsWith(` ${labelKey(defined.label)}`);
    // … or an organ of the known body ("Council of Foreign Ministers of the … Shanghai Cooperation Organization (SCO)"): SCO stays the body's.
    const organOfKnownName = defined !== undefined && mention.kind === 'lexicon' && labelKey(defined.label).endsWith(` ${labelKey(mention.label)}`);
    if (defined && !cutKnownName && !organOfKnownName && labelKey(defined.label) !== labelKey(mention.label)) {
      if (defined.type !== 'none') addTo(groups, keyOf(defined.label, defined.type), mention, defined.type, defined.label);
      continue;
    }
    // "Government of France", "the U.S. Government": the state itself.
    const government = mention.type === 'organisation' ? governmentOf(mention.label, lexicon) : undefined;
    if (government !== undefined) addTo(groups, labelKey(government), mention, 'state', government);
    else addTo(groups, keyOf(mention.label, mention.type), mention, mention.type, undefined, mention.kind === 'lexicon');
  }

  mergeDepartmentWordOrder(groups);
  mergeMinistryWordOrder(groups);
  mergeStatePrefixedBodies(groups, lexicon);
  mergeOrganTails(groups, lexicon);
  mergeOrganWordOrders(groups, lexicon);
  mergeRomanisedBodies(groups);
  mergeLegalFormTails(groups);
  mergeTermGovernments(groups);
  mergePersonVariants(groups);
  const shortForms = indexShortForms(groups, lexicon);
  // Names from bylines and bios: a weak mention of one (or of its first or last word) is that person.
  const authorKeys = new Map<string, string>();
  for (const name of knownPersons) {
    const key = labelKey(name);
    const parts = key.split(' ');
    for (const part of [key, parts[0] ?? '', parts[parts.length - 1] ?? '']) if (!authorKeys.has(part)) authorKeys.set(part, name);
  }
  // Decided against the groups as they stand, then applied, so the order of mentions never matters.
  const placements: { mention: LocatedMention; key: string; type?: ActorType; label?: string }[] = [];
  const undecided: LocatedMention[] = [];
  for (const mention of weak) {
    const key = labelKey(mention.label);
    // A place or a word the lexicon knows is no actor ("Virginia", "Asia") is never a short form.
    const notActor = lexicon.phrases.get(key)?.kind === 'not-actor';
    const target = notActor ? undefined : shortFormTarget(mention.label, key, mention.document, shortForms, (word) => commonWords.has(word))?.key ?? (groups.has(key) ? key : undefined);
    const author = mention.type === 'person' ? authorKeys.get(key) : undefined;
    if (target) placements.push({ mention, key: target });
    else if (author) placements.push({ mention, key: labelKey(author), type: 'person', label: author });
    // A lone word the lexicon calls no actor ("Tuesday" after "said", typed a person by a title before it) stays undecided.
    else if (mention.kind === 'named' && !notActor) placements.push({ mention, key, type: mention.type });
    // An acronym never defined in the corpus and unknown to the lexicon ("NSF-funded", "RSIS colleague"):
    // three or more capitals are far more often an organisation than anything else.
    // Dotted ("T.V.A.") counts as written without its full stops.
    else if (mention.kind === 'acronym' && /^[\p{Lu}/&]{3,}$/u.test(mention.label.replace(/\./g, ''))) placements.push({ mention, key, type: 'organisation' });
    else undecided.push(mention);
  }
  // An unconfirmed word is confirmed by the same word typed elsewhere ("such as Alibaba, Jingdong" … "Jingdong has").
  const confirmed = new Set(placements.filter((placement) => placement.type !== undefined).map((placement) => placement.key));
  for (const mention of undecided) {
    const key = labelKey(mention.label);
    if (confirmed.has(key)) placements.push({ mention, key });
    // Otherwise: a lone capitalised word with no evidence it names an actor. Dropped.
  }
  for (const { mention, key, type, label } of placements) addTo(groups, key, mention, type, label);
  // One-word names ("KazMunaiGaz", "ExxonMobil") only now have groups: their spellings and legal forms meet again.
  mergeRomanisedBodies(groups);
  mergeLegalFormTails(groups);

  // Bodies and firms named in ordinary words the texts also write in lower case are common phrases (lowercase-phrases.ts).
  const phraseOf = new Map<Group, string>();
  for (const group of groups.values()) {
    const phrase = checks.writtenLowerCase ? ordinaryPhraseOf(group) : undefined;
    if (phrase !== undefined) phraseOf.set(group, phrase);
  }
  const lowerCase = phraseOf.size > 0 && checks.writtenLowerCase ? checks.writtenLowerCase(new Set(phraseOf.values())) : new Set<string>();

  const actors: Actor[] = [];
  for (const group of groups.values()) {
    if (!hasEvidence(group, commonWords)) continue;
    const phrase = phraseOf.get(group);
    if (phrase !== undefined && lowerCase.has(phrase)) {
      checks.dropped?.push(`${LOWERCASE_PHRASE_RULE}: ${groupLabel(group) ?? phrase}`);
      continue;
    }
    const type = groupType(group);
    if (type === 'person' && isLoneCommonWord(group, commonWords)) continue;
    const label = groupLabel(group, type === 'person' ? personLabelRank : undefined);
    if (type && label) actors.push({ type, label, mentions: group.mentions });
  }
  return actors;
}

/**
 * "United States Department of Energy" and "Department of Energy" are one body when the bare
 * name is never given another state in the corpus ("Russian Ministry of Defence" and "UK
 * Ministry of Defence" keep "Ministry of Defence" apart from both).
 */
function mergeStatePrefixedBodies(groups: Groups, lexicon: LexiconIndex): void {
  const prefixed = new Map<string, { states: Set<string>; groups: Group[] }>();
  for (const group of groups.values()) {
    const type = groupType(group);
    const label = groupLabel(group);
    // An embassy or ministry of a state keeps its state ("U.S. Embassy" is not any "Embassy").
    if ((type !== 'organisation' && type !== 'firm') || label === undefined || stateBodyKey(label, lexicon) !== undefined) continue;
    const split = withoutLeadingState(label, lexicon);
    if (!split) continue;
    const entry = prefixed.get(split.rest) ?? { states: new Set<string>(), groups: [] };
    entry.states.add(split.state);
    entry.groups.push(group);
    prefixed.set(split.rest, entry);
  }
  for (const [rest, entry] of prefixed) {
    // "U.S. State Department" finds a bare "Department of State" the other word order joined (organ-names.ts).
    const otherOrder = departmentOfForm(rest);
    const bare = groups.get(rest) ?? (otherOrder === undefined ? undefined : groups.get(otherOrder) ?? groups.get(otherOrder.replace(/^department of /, 'department of the ')));
    const type = bare ? groupType(bare) : undefined;
    if (!bare || entry.states.size !== 1 || (type !== 'organisation' && type !== 'firm')) continue;
    for (const group of entry.groups) if (groups.has(group.key)) mergeGroup(groups, group, bare);
  }
}

/**
 * Rules that type a capitalised phrase with nothing but the tagger's guess. A name found only
 * by them is a candidate, not an actor, until the corpus supports it.
 */
export const GUESSING_RULES: ReadonlySet<string> = new Set(['tagger']);
/**
 * Documents a guessed name must appear in to count as an actor. Chosen on the tuning sets
 * (2026-12-06): 2 and "never" scored the same there (their corpora are small); 2 keeps a name
 * that a large corpus repeats.
 */
const MIN_DOCUMENTS_FOR_GUESSED = 2;

/**
 * A group is an actor when at least one mention has evidence of its own (a lexicon entry, a cue
 * word, a title, a name pattern, a definition), or when the guessed name recurs across documents
 * and is not made only of words the corpus writes in lower case ("Strategic Partnership").
 * Mentions without a rule (analyses cached before rules were recorded) count as evidence.
 */
function hasEvidence(group: Group, commonWords: ReadonlySet<string>): boolean {
  if (group.lexiconType !== undefined) return true;
  if (group.mentions.some((mention) => mention.rule === undefined || !GUESSING_RULES.has(mention.rule))) return true;
  const words = (groupLabel(group) ?? '').toLowerCase().split(/\s+/);
  if (words.every((word) => commonWords.has(word) || /^(of|and|the|for|in|on|de|&)$/.test(word))) return false;
  return group.documents.size >= MIN_DOCUMENTS_FOR_GUESSED;
}

/**
 * "the Heads of the IEA", "Deputy Executive Secretary", "as Manager, …": a person known only by one word that the
 * corpus also writes in lower case, which never joined a fuller name, is a role or a common word, not a person.
 */
function isLoneCommonWord(group: Group, commonWords: ReadonlySet<string>): boolean {
  return group.mentions.every((mention) => !/\s/.test(mention.label.trim()) && commonWords.has(mention.label.trim().toLowerCase()));
}

/** A person's label: a name of two or more words, not in capitals, opening with a given name. */
function personLabelRank(label: string): number {
  const words = label.split(/\s+/);
  const first = labelKey(words[0] ?? '');
  return (words.length >= 2 ? 1 : 0) + (label === label.toUpperCase() ? 0 : 1) + (isFirstName(first) || isKnownGivenName(first) ? 2 : 0);
}

function chooseAcronymMeanings(definitions: AcronymDefinition[]): Map<string, AcronymDefinition> {
  const votes = new Map<string, Map<string, { definition: AcronymDefinition; count: number }>>();
  for (const definition of definitions) {
    const forAcronym = votes.get(definition.acronym) ?? new Map();
    votes.set(definition.acronym, forAcronym);
    const key = `${definition.type}|${labelKey(definition.label)}`;
    const entry = forAcronym.get(key) ?? { definition, count: 0 };
    entry.count++;
    forAcronym.set(key, entry);
  }
  const chosen = new Map<string, AcronymDefinition>();
  for (const [acronym, candidates] of votes) {
    // A definition as an actor beats one as a non-actor; then the most frequent; then alphabetical.
    const best = [...candidates.values()].sort((a, b) =>
      Number(b.definition.type !== 'none') - Number(a.definition.type !== 'none') || b.count - a.count ||
      (a.definition.label < b.definition.label ? -1 : 1))[0];
    if (best) chosen.set(acronym, best.definition);
  }
  return chosen;
}
