/**
 * What a capitalised run names when it is not a plain name: a thing named after actors (a law,
 * treaty, award or event, by its head noun), a generic body with no name, a state's body
 * ("Kyrgyz Parliament", "U.S. Embassy in Kabul") named canonically, a public bank.
 */
import type { ActorType } from '../../../graph-format/index.ts';
import { longestLexiconMatch, lookup } from '../lexicon-lookup.ts';
import { BODY_GROUP_WORDS, ENGLISH_SUFFIXES, FACILITY_CENTRE_WORDS, MULTILATERAL_BANK_REGIONS, GENERIC_BODIES, PROGRAMME_HEADS, PLURAL_BODY_WORDS, THING_OPENERS, MEDIA_CONTEXT, MEDIA_NOUNS, NON_ACTOR_HEADS, ORGANISATION_BANK_PHRASES, WEAK_FIRM_CUES } from '../rules.ts';
import { isGenericWord } from '../runs.ts';
import { emit, textBefore, type Scan } from '../scan.ts';
import { joinable, type Token } from '../tokens.ts';
import { isCommonWord, isFirstName, isLastName } from '../word-classes.ts';

const HEAD_CONNECTORS = new Set(['of', 'for', 'on', 'to', 'against']);

/** The head word of a name: the last word before its first "of/for/on" ("Convention on …", "Treaty of …"). */
function headIndex(scan: Scan, from: number, to: number): number {
  for (let i = from + 1; i < to; i++) {
    const token = scan.tokens[i] as Token;
    if (!token.capitalised && HEAD_CONNECTORS.has(token.key)) return i - 1;
  }
  return to - 1;
}

/** "Executive Order", "Paris Agreement", "Global COVID-19 Summit", "Physics": a thing, not an actor (unless the lexicon knows it). */
export function isNonActorThing(scan: Scan, from: number, to: number): boolean {
  const { tokens, context } = scan;
  // "Operation Sharp Guard", "Exercise Steppe Eagle": an operation or exercise, whatever its last word.
  if (to - from >= 2 && THING_OPENERS.has((tokens[from] as Token).key) && (tokens[from + 1] as Token).capitalised && joinable((tokens[from + 1] as Token).gap)) return true;
  const headAt = headIndex(scan, from, to);
  const head = tokens[headAt] as Token;
  const modifier = tokens[headAt - 1];
  // "Weatherization Assistance Program" is a policy; "Central Asia Program" a research body.
  const policyProgramme = PROGRAMME_HEADS.has(head.key) && headAt > from && modifier !== undefined && isEnglish(scan, modifier);
  // "Paper Science and Technology": an industry word joined to a field of study is a field too.
  const field = tokens[headAt - 2];
  const fieldPair = WEAK_FIRM_CUES.has(head.key) && modifier?.key === 'and' && !modifier.capitalised && field !== undefined && headAt - 2 >= from &&
    NON_ACTOR_HEADS.has(field.key) && !context.lexicon.firmCues.has(field.key);
  if (fieldPair) return longestLexiconMatch(tokens, from, to, context.lexicon)?.hit.kind !== 'actor';
  if (!NON_ACTOR_HEADS.has(head.key) && !policyProgramme) return false;
  // "Civil Engineering" is a field; "China National Chemical Engineering" a firm: a head that is also a cue word
  // makes a thing only among English words.
  const cueHead = context.lexicon.firmCues.has(head.key) || context.lexicon.organisationCues.has(head.key);
  if (cueHead && !policyProgramme && tokens.slice(from, headAt).some((token) => !isEnglish(scan, token) || isStateWord(scan, tokens.indexOf(token)))) return false;
  const known = longestLexiconMatch(tokens, from, to, context.lexicon);
  if (known?.hit.kind === 'actor' && known.end > headIndex(scan, from, to)) return false;
  // "a piece for Foreign Policy": a publication.
  const next = tokens[to];
  if ((next && next.gap === ' ' && MEDIA_NOUNS.has(next.key)) || MEDIA_CONTEXT.test(textBefore(scan, from, 60))) return false;
  return true;
}

/** "Member States", "the Steering Board", "Secretariat": a body named only by what it is. */
export function isGenericBody(scan: Scan, from: number, to: number): boolean {
  const key = scan.tokens.slice(from, to).map((token) => token.key).join(' ');
  return GENERIC_BODIES.has(key);
}

/**
 * "Historically Black Colleges and Universities", "Tribal Colleges", "Multilateral Development Banks": a plural body word
 * after only ordinary words names a kind of body, not one (a state or a name in it makes it "Chinese Universities", left alone).
 */
export function isCategoryOfBodies(scan: Scan, from: number, to: number): boolean {
  const { tokens, context } = scan;
  const last = tokens[to - 1] as Token;
  if (!PLURAL_BODY_WORDS.has(last.key) || last.allCaps) return false;
  if (longestLexiconMatch(tokens, from, to, context.lexicon)?.hit.kind === 'actor') return false;
  for (let i = from; i < to - 1; i++) {
    const token = tokens[i] as Token;
    // "European System of Central Banks": a plural after "of" is not the head; the name is of one body.
    if (!token.capitalised && token.key !== 'and') return false;
    if (!token.capitalised || PLURAL_BODY_WORDS.has(token.key)) continue;
    if (token.allCaps || isStateWord(scan, i) || lookup(tokens, i, i + 1, context.lexicon) !== undefined) return false;
    // Adverbs and adjectives ("Historically", "Tribal") are ordinary words even where the dictionary lacks them.
    if (!isEnglish(scan, token) && !/(?:ly|al|ic|ed)$/.test(token.key)) return false;
  }
  return true;
}

/**
 * "Operations Center", "the Cybersecurity Fusion Center", "Data Centre": a centre named only by ordinary words for
 * what is done there is a room or a building, not a body ("Wilson Center", "National Counterterrorism Center" are named).
 */
export function isFacilityCentre(scan: Scan, from: number, to: number): boolean {
  const { tokens } = scan;
  const last = tokens[to - 1] as Token;
  const before = tokens[to - 2];
  if (to - from < 2 || !before || (last.key !== 'center' && last.key !== 'centre') || !FACILITY_CENTRE_WORDS.has(before.key)) return false;
  return tokens.slice(from, to - 1).every((token) => FACILITY_CENTRE_WORDS.has(token.key) ||
    (isEnglish(scan, token) && !scan.context.lexicon.organisationCues.has(token.key) && !scan.context.lexicon.firmCues.has(token.key) &&
      !JURISDICTION_WORDS.has(token.key)));
}

/** Words that say whose a body is: a centre with one of them is an institution ("National … Center"). */
const JURISDICTION_WORDS = new Set(['national', 'federal', 'international', 'global', 'regional', 'european', 'joint', 'royal', 'state', 'world', 'united']);

/** Actors the lexicon knows inside a thing's name ("the United States–Mexico–Canada Agreement"); capitals and demonyms there are modifiers. */
export function emitLexiconActorsOnly(scan: Scan, from: number, to: number): void {
  let index = from;
  while (index < to) {
    const match = longestLexiconMatch(scan.tokens, index, to, scan.context.lexicon);
    if (match?.hit.kind === 'actor') {
      const mention = emit(scan, index, match.end - 1, 'lexicon', match.hit.type, 'lexicon', match.hit.label);
      if (match.hit.via === 'acronym') mention.acronym = (scan.tokens[index] as Token).text.replace(/\./g, '');
    }
    index = match?.end ?? index + 1;
  }
}

/**
 * "Clean Energy", "Strategic Petroleum", "Working Group": a firm cue that is an ordinary industry
 * noun makes a firm only with a proper name beside it ("Samruk Energy", "China Energy").
 */
export function lacksFirmName(scan: Scan, from: number, to: number): boolean {
  const { tokens, context } = scan;
  let strongCue = false;
  let properName = false;
  // "Asset Management Company", "Global Governance Group": words the text also writes in lower case, then a cue.
  let genericOnly = true;
  let plainWords = 0;
  for (let i = from; i < to; i++) {
    const token = tokens[i] as Token;
    if (!token.capitalised) continue;
    const cue = context.lexicon.firmCues.has(token.key) || context.lexicon.organisationCues.has(token.key);
    if (!cue && !isGenericWord(token, context)) genericOnly = false;
    if (!cue) plainWords++;
    if (context.lexicon.firmCues.has(token.key) && !WEAK_FIRM_CUES.has(token.key)) strongCue = true;
    // "an Indian Financial firm", "Russian Energy": a demonym before industry words describes, it does not name.
    else if (isDemonym(scan, i) && tokens.slice(from, to).every((other, j) => !other.capitalised || from + j === i || WEAK_FIRM_CUES.has(other.key))) continue;
    else if (isStateWord(scan, i) || token.text.length === 1 || (lookup(tokens, i, i + 1, context.lexicon) === undefined && !isEnglish(scan, token))) {
      if (!WEAK_FIRM_CUES.has(token.key) && !context.lexicon.organisationCues.has(token.key)) properName = true;
    }
  }
  return !properName && (!strongCue || (genericOnly && plainWords >= 2));
}

/** An English word rather than a name: generic, known to the dictionary, or shaped like an English noun ("Solutions"). */
function isEnglish(scan: Scan, token: Token): boolean {
  return isGenericWord(token, scan.context) || isCommonWord(token.key) || ENGLISH_SUFFIXES.test(token.key);
}

function isDemonym(scan: Scan, index: number): boolean {
  return lookup(scan.tokens, index, index + 1, scan.context.lexicon)?.kind === 'demonym';
}

function isStateWord(scan: Scan, index: number): boolean {
  const hit = lookup(scan.tokens, index, index + 1, scan.context.lexicon);
  return hit !== undefined && (hit.kind === 'demonym' || hit.kind === 'capital' || (hit.kind === 'actor' && hit.type === 'state'));
}

/**
 * "Contact Group", "Group of Five", "EIB Group", "Australia Group": a group of states, officials or a known
 * body's members is an organisation; "Adani Group" is a firm.
 */
export function isGroupOfBodies(scan: Scan, from: number, to: number): boolean {
  const { tokens, context } = scan;
  const groupAt = tokens.slice(from, to).findIndex((token) => token.key === 'group');
  if (groupAt < 0) return false;
  const group = from + groupAt;
  // "Potomac Law Group, PLLC": a legal form after the name makes it a firm.
  const after = tokens[to];
  if (after && /^,\s*$/.test(after.gap) && context.lexicon.firmCues.has(after.key) && !WEAK_FIRM_CUES.has(after.key)) return false;
  // "Group of Five", "Group on Sustainable Energy": a group of or on something is a body of members.
  const connector = tokens[group + 1];
  if (connector && !connector.capitalised && (connector.key === 'of' || connector.key === 'on' || connector.key === 'for') && group + 1 < to) return true;
  // "Library Group", "Cyber Group", "Consultation Group": a group named by what its members do; a firm's group is
  // named by a proper name ("Adani Group") or its industry ("Consulting Group", "Services Group").
  const before = tokens[group - 1];
  // "Nuclear Suppliers Group", "Exporters Group": a group named by its members, plural agent nouns.
  if (before && group > from && !before.allCaps && /(?:er|or)s$/.test(before.key) && !isLastName(before.key) && !isFirstName(before.key) &&
    !isLastName(before.key.slice(0, -1)) && lookup(tokens, group - 1, group, context.lexicon) === undefined) return true;
  if (before && group > from && !before.allCaps && isEnglish(scan, before) && !context.lexicon.firmCues.has(before.key) &&
    !context.lexicon.organisationCues.has(before.key) && !isStateWord(scan, group - 1)) return true;
  for (let i = from; i < group; i++) {
    const token = tokens[i] as Token;
    const hit = lookup(tokens, i, i + 1, context.lexicon);
    if (BODY_GROUP_WORDS.has(token.key) || (hit?.kind === 'actor' && hit.type === 'organisation')) return true;
  }
  const known = longestLexiconMatch(tokens, from, group, context.lexicon);
  if (known?.hit.kind === 'actor' && known.hit.type === 'organisation') return true;
  // "Australia Group", "African Group", "Western European and Others Group": states and regions with no industry word.
  const words = tokens.slice(from, group);
  // "Volkswagen Group": a known firm's group is the firm's.
  if (known?.hit.kind === 'actor' && known.hit.type === 'firm') return false;
  return words.every((token) => !context.lexicon.firmCues.has(token.key)) && words.some((token, i) => {
    const hit = lookup(tokens, from + i, from + i + 1, context.lexicon);
    return hit !== undefined && !(hit.kind === 'actor' && hit.type === 'firm');
  });
}

/** "Bank of Canada", "Reserve Bank of India", "Asian Development Bank": central, reserve and development banks are public bodies. */
export function isPublicBank(scan: Scan, from: number, to: number): boolean {
  const { tokens } = scan;
  const keys = tokens.slice(from, to).map((token) => token.key);
  for (let i = 0; i < keys.length; i++) {
    for (let length = 1; length <= 4 && i + length <= keys.length; length++) {
      if (ORGANISATION_BANK_PHRASES.has(keys.slice(i, i + length).join(' '))) return true;
    }
  }
  // "Caribbean Development Bank": a development or investment bank of a region or continent is multilateral.
  const bankAt = keys.indexOf('bank');
  if (bankAt >= 2 && (keys[bankAt - 1] === 'development' || keys[bankAt - 1] === 'investment')) {
    const region = keys.slice(0, bankAt - 1).join(' ');
    if (MULTILATERAL_BANK_REGIONS.has(region) || MULTILATERAL_BANK_REGIONS.has(keys[bankAt - 2] as string) && bankAt === 2) return true;
    // "SCO Development Bank": the bank of a known group of states.
    const owner = lookup(tokens, from, from + bankAt - 1, scan.context.lexicon);
    if (owner?.kind === 'actor' && owner.type === 'organisation') return true;
  }
  // "Caribbean Bank for Reconstruction and Development": a region's bank for development is multilateral too.
  if (bankAt > 0 && MULTILATERAL_BANK_REGIONS.has(keys.slice(0, bankAt).join(' ')) && keys.slice(bankAt + 1).some((key) => PUBLIC_BANK_PURPOSES.has(key))) return true;
  // "Black Sea Trade and Development Bank": a region, then what the bank is for.
  for (let k = 1; k < bankAt - 1; k++) {
    if (MULTILATERAL_BANK_REGIONS.has(keys.slice(0, k).join(' ')) && keys.slice(k, bankAt).some((key) => PUBLIC_BANK_PURPOSES.has(key))) return true;
  }
  // "Bank of Canada": a bank named after a whole state and nothing else.
  if (keys[0] === 'bank' && keys[1] === 'of') {
    let start = from + 2;
    if (keys[2] === 'the') start++;
    const hit = lookup(tokens, start, to, scan.context.lexicon);
    return hit?.kind === 'actor' && hit.type === 'state';
  }
  return false;
}

/** What a bank for many states lends for. */
const PUBLIC_BANK_PURPOSES = new Set(['development', 'reconstruction']);

const STATE_BODIES: Record<string, { label: string; standsForState: boolean }> = {
  parliament: { label: 'Parliament', standsForState: false },
  embassy: { label: 'Embassy', standsForState: true },
  consulate: { label: 'Consulate', standsForState: true },
  'consulate-general': { label: 'Consulate General', standsForState: true },
};

/**
 * "Kyrgyz Parliament" → Parliament of Kyrgyzstan; "U.S. Embassy in Kabul" → United States (a mission stands for its
 * state). Returns whether a body was emitted.
 */
export function emitStateBody(scan: Scan, from: number, to: number): boolean {
  const { tokens, context } = scan;
  if (to - from < 2) return false;
  const body = STATE_BODIES[(tokens[from + 1] as Token).key];
  const state = lookup(tokens, from, from + 1, context.lexicon);
  if (!body || !state || !(state.kind === 'demonym' || (state.kind === 'actor' && state.type === 'state'))) return false;
  // "U.S. Embassy in Kabul", "U.S. Embassy New Delhi": the annotation rules count an embassy or a consulate under
  // its state (a descriptive phrase, like "the Chinese Embassy"), so the state is the actor; the place is a city.
  if (body.standsForState) {
    emit(scan, from, from, 'lexicon', 'state', 'state-body', state.label);
    return true;
  }
  if (to - from !== 2) return false;
  // "the Kyrgyz Parliament in Bishkek" is the Parliament of Kyrgyzstan: where it sits is no part of its name.
  emit(scan, from, to - 1, 'named', 'organisation' as ActorType, 'state-body', `${body.label} of ${state.label}`);
  return true;
}
