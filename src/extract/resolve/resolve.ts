/**
 * Across documents: turns candidate mentions into actors. Spelling variants merge by a
 * normalised key; acronyms resolve through definitions found anywhere in the corpus;
 * short forms ("Xi", "Norov", "Alibaba") attach to the fuller name they stand for.
 * Every step indexes by key, so the cost grows linearly with the number of mentions.
 */
import type { ActorType } from '../../graph-format/index.ts';
import { phraseKey, type LexiconIndex } from '../recognise/index.ts';
import type { AcronymDefinition, CandidateMention } from '../types.ts';

export interface LocatedMention extends CandidateMention {
  document: number;
}

export interface Actor {
  type: ActorType;
  label: string;
  mentions: LocatedMention[];
}

interface Group {
  key: string;
  mentions: LocatedMention[];
  typeVotes: Map<ActorType, number>;
  labelVotes: Map<string, number>;
  lexiconLabel?: string;
  lexiconType?: ActorType;
  documents: Set<number>;
}

const TYPE_ORDER: ActorType[] = ['state', 'organisation', 'firm', 'person'];

/** Normalised form of a label: token keys, leading "the" dropped. */
export function labelKey(label: string): string {
  return phraseKey(label)
    .replace(/^the /, '')
    // "Amazon.com" is Amazon; a country domain stays part of the name ("Mail.Ru").
    .replace(/(?<=\S) (com|net|io)$/, '')
    .split(' ')
    .map((word) => ABBREVIATED_NAME_WORDS[word] ?? word)
    .join(' ');
}

/** "China National Petroleum Corp" is "… Corporation": abbreviations of legal-form and name words. */
const ABBREVIATED_NAME_WORDS: Record<string, string> = {
  corp: 'corporation', co: 'company', ltd: 'limited', inc: 'incorporated', intl: 'international', natl: 'national',
  assn: 'association', univ: 'university', dept: 'department', bros: 'brothers', mfg: 'manufacturing',
};

export function resolveActors(mentions: LocatedMention[], definitions: AcronymDefinition[], lexicon: LexiconIndex, knownPersons: readonly string[] = []): Actor[] {
  const acronymMap = chooseAcronymMeanings(definitions);
  const groups = new Map<string, Group>();
  const weak: LocatedMention[] = [];

  for (const mention of mentions) {
    if (mention.kind === 'surname' || (mention.kind === 'named' && !mention.label.includes(' '))) {
      weak.push(mention);
      continue;
    }
    if (mention.kind === 'acronym') {
      const meaning = acronymMap.get(mention.label.replace(/\./g, ''));
      if (meaning?.type === 'none') continue;
      if (meaning) addTo(groups, labelKey(meaning.label), mention, meaning.type, meaning.label);
      else weak.push(mention);
      continue;
    }
    // A definition in the text ("Caspian Pipeline Consortium (CPC)") beats the lexicon's reading of the acronym.
    const defined = mention.acronym === undefined ? undefined : acronymMap.get(mention.acronym);
    if (defined && labelKey(defined.label) !== labelKey(mention.label)) {
      if (defined.type !== 'none') addTo(groups, labelKey(defined.label), mention, defined.type, defined.label);
      continue;
    }
    addTo(groups, labelKey(mention.label), mention, mention.type, undefined, mention.kind === 'lexicon');
  }

  const byNameToken = indexPersonsByNameToken(groups);
  const byCore = indexOrganisationsByCore(groups, lexicon);
  // Names from bylines and bios: a weak mention of one (or of its first or last word) is that person.
  const authorKeys = new Map<string, string>();
  for (const name of knownPersons) {
    const key = labelKey(name);
    const parts = key.split(' ');
    for (const part of [key, parts[0] ?? '', parts[parts.length - 1] ?? '']) if (!authorKeys.has(part)) authorKeys.set(part, name);
  }
  for (const mention of weak) {
    const key = labelKey(mention.label);
    const target = pickTarget(byNameToken.get(key), mention.document, groups)
      ?? pickTarget(byCore.get(key), mention.document, groups)
      ?? (groups.has(key) ? key : undefined);
    const author = mention.type === 'person' ? authorKeys.get(key) : undefined;
    if (target) addTo(groups, target, mention, undefined);
    else if (author) addTo(groups, labelKey(author), mention, 'person', author);
    else if (mention.kind === 'named') addTo(groups, key, mention, mention.type);
    // An acronym never defined in the corpus and unknown to the lexicon ("NSF-funded", "RSIS colleague"):
    // three or more capitals are far more often an organisation than anything else.
    else if (mention.kind === 'acronym' && /^[\p{Lu}/&]{3,}$/u.test(mention.label)) addTo(groups, key, mention, 'organisation');
    // Otherwise: a lone capitalised word with no evidence it names an actor. Dropped.
  }

  const actors: Actor[] = [];
  for (const group of groups.values()) {
    const type = group.lexiconType ?? majority(group.typeVotes);
    const label = group.lexiconLabel ?? majorityLabel(group.labelVotes);
    if (type && label) actors.push({ type, label, mentions: group.mentions });
  }
  return actors;
}

function addTo(groups: Map<string, Group>, key: string, mention: LocatedMention, type: ActorType | undefined, label?: string, fromLexicon = false): void {
  let group = groups.get(key);
  if (!group) {
    group = { key, mentions: [], typeVotes: new Map(), labelVotes: new Map(), documents: new Set() };
    groups.set(key, group);
  }
  group.mentions.push(mention);
  group.documents.add(mention.document);
  if (type) group.typeVotes.set(type, (group.typeVotes.get(type) ?? 0) + 1);
  if (fromLexicon) {
    group.lexiconLabel = mention.label;
    group.lexiconType = mention.type;
  } else if (type) {
    const written = label ?? mention.label;
    group.labelVotes.set(written, (group.labelVotes.get(written) ?? 0) + 1);
  }
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

/** First and last name tokens of multi-word person names → their groups ("Xi" → "Xi Jinping"). */
function indexPersonsByNameToken(groups: Map<string, Group>): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const group of groups.values()) {
    if (majority(group.typeVotes) !== 'person') continue;
    const parts = group.key.split(' ');
    if (parts.length < 2) continue;
    for (const part of new Set([parts[0] ?? '', parts[parts.length - 1] ?? ''])) {
      const list = index.get(part) ?? [];
      list.push(group.key);
      index.set(part, list);
    }
  }
  return index;
}

/** Organisation and firm names without their trailing cue words ("Alibaba Group" → "alibaba"). */
function indexOrganisationsByCore(groups: Map<string, Group>, lexicon: LexiconIndex): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const group of groups.values()) {
    const type = group.lexiconType ?? majority(group.typeVotes);
    if (type !== 'organisation' && type !== 'firm') continue;
    const parts = group.key.split(' ');
    while (parts.length > 1 && (lexicon.firmCues.has(parts[parts.length - 1] ?? '') || lexicon.organisationCues.has(parts[parts.length - 1] ?? ''))) parts.pop();
    const core = parts.join(' ');
    if (core === group.key) continue;
    const list = index.get(core) ?? [];
    list.push(group.key);
    index.set(core, list);
  }
  return index;
}

/** Prefer a candidate seen in the same document, then the most mentioned, then the first by key. */
function pickTarget(candidates: string[] | undefined, document: number, groups: Map<string, Group>): string | undefined {
  if (!candidates || candidates.length === 0) return undefined;
  return [...candidates].sort((a, b) => {
    const groupA = groups.get(a) as Group;
    const groupB = groups.get(b) as Group;
    const local = Number(groupB.documents.has(document)) - Number(groupA.documents.has(document));
    return local || groupB.mentions.length - groupA.mentions.length || (a < b ? -1 : 1);
  })[0];
}

function majority(votes: Map<ActorType, number>): ActorType | undefined {
  let best: ActorType | undefined;
  let bestCount = 0;
  for (const type of TYPE_ORDER) {
    const count = votes.get(type) ?? 0;
    if (count > bestCount) {
      best = type;
      bestCount = count;
    }
  }
  return best;
}

function majorityLabel(votes: Map<string, number>): string | undefined {
  return [...votes.entries()].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length || (a[0] < b[0] ? -1 : 1))[0]?.[0];
}
