/**
 * One capitalised run: a lexicon entry as a whole, a name headed by an organisation or firm
 * cue word, or else names split at lexicon entries and titles (names-in-run.ts).
 */
import type { ActorType } from '../../../graph-format/index.ts';
import { phraseKey } from '../lexicon-index.ts';
import { cueTypeOf, hasCue, longestLexiconMatch, lookup } from '../lexicon-lookup.ts';
import { isGenericWord } from '../runs.ts';
import { isCommonWord } from '../word-classes.ts';
import { emitLexiconActorsOnly, emitStateBody, isCategoryOfBodies, isFacilityCentre, isGenericBody, isGroupOfBodies, isNonActorThing, isPublicBank, lacksFirmName } from './things-and-bodies.ts';
import { WEAK_FIRM_CUES, DIPLOMATIC_MISSIONS, FACILITY_NOUNS, FIRM_NOUNS_AFTER, INSTALLATION_NOUNS, INDUSTRY_CUE_WORDS } from '../rules.ts';
import { emit, type Scan } from '../scan.ts';
import type { RuleId } from '../rule-ids.ts';
import { joinable, type Token } from '../tokens.ts';
import { recordAcronym } from './acronym-definition.ts';
import { bodyOfOrgan } from './inner-bodies.ts';
import { organOfEvent } from './organ-of-event.ts';
import { cuesOnlyInLeadingKnownName } from './cue-inside-known-name.ts';
import { isOfficeOfTitle, knownBodyOfOffice } from './office-names.ts';
import { followsTitleConnector, isTitleAt, skipLeadingTitles } from './name-context.ts';
import { handleLexiconHit, recogniseNamesInRun } from './names-in-run.ts';
import { bracketAcronymFits, onlyIndustryModifiers, organisationNameEnd } from './organisation-name-end.ts';

export function recogniseRun(scan: Scan, runStart: number, runEnd: number): void {
  const { tokens, context } = scan;
  const organ = organOfEvent(scan, runStart, runEnd);
  if (organ) {
    recogniseRun(scan, organ[0], organ[1]);
    return;
  }
  if (isNonActorThing(scan, runStart, runEnd)) {
    emitLexiconActorsOnly(scan, runStart, runEnd);
    return;
  }
  if (isGenericBody(scan, runStart, runEnd) || isFacilityCentre(scan, runStart, runEnd)) return;
  if (isCategoryOfBodies(scan, runStart, runEnd)) {
    emitLexiconActorsOnly(scan, runStart, runEnd);
    return;
  }
  const mentionsBefore = scan.mentions.length;
  const whole = lookup(tokens, runStart, runEnd, context.lexicon);
  const body = whole ? undefined : bodyOfOrgan(scan, runStart, runEnd);
  if (body) {
    recogniseRun(scan, body[0], body[1]);
    return;
  }
  const cueType = whole || hasMiddleInitial(scan, runStart, runEnd) || cuesOnlyInLeadingKnownName(scan, runStart, runEnd) ? undefined
    : cueTypeOf(tokens, runStart, runEnd, context.lexicon);
  if (cueType && recogniseOrganisationRun(scan, runStart, runEnd, cueType)) return;
  // "the Chinese Legation": a mission word that is no cue word ("legation", "chancery") stands for its state too.
  if (!whole && !cueType && isDiplomaticMission(scan, runStart, runEnd)) {
    emitMissionState(scan, runStart);
    return;
  }
  recogniseNamesInRun(scan, runStart, runEnd);
  const lastEnd = (tokens[runEnd - 1] as Token).end;
  const fromThisRun = scan.mentions.slice(mentionsBefore);
  if (!fromThisRun.some((mention) => mention.end === lastEnd && mention.kind !== 'surname')) recordAcronym(scan, runStart, runEnd - 1, 'none');
}

/** A run with an organisation or firm cue word; false when it turns out not to hold such a name. */
function recogniseOrganisationRun(scan: Scan, runStart: number, runEnd: number, cueType: ActorType): boolean {
  const { tokens, context } = scan;
  if (emitStateBody(scan, runStart, runEnd)) return true;
  // "the Office of Senator Robert Menendez": a person's office; the actor is the person after the title.
  const holder = officeHolderStart(scan, runStart, runEnd);
  if (holder !== undefined) {
    recogniseRun(scan, holder, runEnd);
    return true;
  }
  if (isDiplomaticMission(scan, runStart, runEnd)) {
    emitMissionState(scan, runStart);
    return true;
  }
  // "Chinese People’s Liberation Army": a state word before a known organisation's name.
  const leading = lookup(tokens, runStart, runStart + 1, context.lexicon);
  if (leading && (leading.kind === 'demonym' || leading.kind === 'actor' && leading.type === 'state')) {
    const rest = longestLexiconMatch(tokens, runStart + 1, runEnd, context.lexicon);
    // Only an organisation's full name: "Kyrgyz Security Council" is not the UN Security Council.
    const fullName = rest?.hit.kind === 'actor' && phraseKey(rest.hit.label) === tokens.slice(runStart + 1, rest.end).map((token) => token.key).join(' ');
    if (rest?.hit.kind === 'actor' && rest.hit.type !== 'state' && fullName) {
      handleLexiconHit(scan, runStart + 1, rest.end, rest.hit);
      if (rest.end < runEnd) recogniseRun(scan, rest.end, runEnd);
      return true;
    }
  }
  const from = skipLeadingTitles(scan, runStart, runEnd);
  // "Member of the Board of Directors of the Tennessee Valley Authority": after the title, an organ of a body.
  const body = from > runStart ? bodyOfOrgan(scan, from, runEnd) : undefined;
  if (body) {
    recogniseRun(scan, body[0], body[1]);
    return true;
  }
  // "Secretary-General of the Association of Southeast Asian Nations Le Luong Minh": after the titles, a known body and a name.
  if (from > runStart && from < runEnd && cuesOnlyInLeadingKnownName(scan, from, runEnd)) {
    recogniseRun(scan, from, runEnd);
    return true;
  }
  const to = organisationNameEnd(scan, from, runEnd);
  if (from >= to || to - from < 2) return false;
  // "U.S. Director of the African Development Bank": after the titles, a name the lexicon knows.
  const known = from > runStart ? lookup(tokens, from, to, context.lexicon) : undefined;
  if (known?.kind === 'actor') {
    handleLexiconHit(scan, from, to, known);
    if (to < runEnd) recogniseRun(scan, to, runEnd);
    return true;
  }
  // "Office of the Chief Counsel": the post's title names the office; it does not split the run.
  const officeOfPost = isOfficeOfTitle(scan, from, to - 1, to);
  const knownPost = officeOfPost ? knownBodyOfOffice(scan, from, to) : undefined;
  if (knownPost) {
    handleLexiconHit(scan, from, to, knownPost);
    if (to < runEnd) recogniseRun(scan, to, runEnd);
    return true;
  }
  // "Office of the Special Representative of the Secretary-General on … (OSRSG-VAC)": an acronym spelling the whole run
  // says the titles inside it are part of one name.
  const spelledWhole = to === runEnd && bracketAcronymFits(scan, from, to) === true;
  if ((!officeOfPost && !spelledWhole && splitAtInnerTitle(scan, from, to, runEnd)) || splitPersonOfBody(scan, from, to, runEnd) || splitCentreOfUniversity(scan, from, runEnd)) return true;
  const head = tokens[from] as Token;
  const connector = tokens[from + 1] as Token;
  // "Construction of the Tajik section began": an industry noun heading an "of" phrase names no firm.
  if (INDUSTRY_CUE_WORDS.has(head.key) && !connector.capitalised && connector.key === 'of') {
    let rest = from + 1;
    while (rest < runEnd && !(tokens[rest] as Token).capitalised) rest++;
    if (rest < runEnd) recogniseRun(scan, rest, runEnd);
    return true;
  }
  // "the Trans-Caspian Gas Pipeline": a name ending in what a facility carries is the facility's name.
  const lastWord = tokens[to - 1] as Token;
  const after = tokens[to];
  if (INDUSTRY_CUE_WORDS.has(lastWord.key) && after && joinable(after.gap) && FACILITY_NOUNS.has(after.key)) {
    if (to + 1 < runEnd) recogniseRun(scan, to + 1, runEnd);
    return true;
  }
  // "Vandenberg Air Force Base", "Naval Air Station": a body's name before an installation noun names the place.
  if (after && after.gap === ' ' && after.capitalised && INSTALLATION_NOUNS.has(after.key)) {
    if (to + 1 < runEnd) recogniseRun(scan, to + 1, runEnd);
    return true;
  }
  // "the Russian 201st Motor Rifle Division": an ordinal number belongs to a unit's name.
  const ordinal = tokens[from - 1];
  const number = tokens[from - 2];
  const named = ordinal && number && /^(st|nd|rd|th)$/.test(ordinal.text) && ordinal.gap === '' && /^\p{N}+$/u.test(number.text) && joinable(head.gap)
    ? from - 2 : from;
  let typed: ActorType | undefined = cueType === 'organisation' && after && after.gap === ' ' && !after.capitalised && FIRM_NOUNS_AFTER.has(after.key) ? 'firm' : cueType;
  if (typed === 'firm' && (isPublicBank(scan, from, to) || isGroupOfBodies(scan, from, to) || isPublicCorporation(scan, from, to) ||
    firmCuesOnlyInKnownBodies(scan, from, to))) typed = 'organisation';
  else if (typed === 'firm' && cueType === 'firm' && lacksFirmName(scan, from, to)) typed = undefined;
  // "Strategic Petroleum Reserve": an industry word inside a longer name is not its head.
  else if (typed === 'firm' && !hasStrongFirmCue(scan, from, to) && to < runEnd && joinable((tokens[to] as Token).gap) && !isTitleAt(scan, to, runEnd)) typed = undefined;
  // "North Seas Energy Cooperation", "Clean Energy Action Platform": industry words that only modify the head make no firm.
  else if (typed === 'firm' && !hasStrongFirmCue(scan, from, to) && onlyIndustryModifiers(scan, from, to)) typed = undefined;
  // "Coordinator for Strategic Communications": after a title and "for/of", industry words are the office's portfolio.
  else if (typed === 'firm' && (from > runStart && !(tokens[from - 1] as Token).capitalised || followsTitleConnector(scan, from)) && !hasStrongFirmCue(scan, from, to)) typed = undefined;
  if (typed === undefined || isGenericBody(scan, from, to)) emitLexiconActorsOnly(scan, from, to);
  else emit(scan, named, to - 1, 'named', typed, extensionRule(scan, named, to) ?? (typed === 'firm' ? 'cue-firm' : 'cue-organisation'));
  // "State Committee for National Security (GKNB)": a cue-word name defines the acronym after it even when the
  // letters come from another language's form of the name.
  // An industry phrase that names no firm ("Information and Communication Technology (ICT)") defines a non-actor acronym.
  recordAcronym(scan, from, to - 1, cueType === 'firm' && typed === undefined ? 'none' : cueType, undefined, true);
  // What follows the name ("… Vice Chairman Gen Fang Fenghui") is a run of its own.
  if (to < runEnd) recogniseRun(scan, to, runEnd);
  return true;
}

/** The rule that continued this name past where the run finder stopped (passes/extend-body-names.ts), if any. */
function extensionRule(scan: Scan, from: number, to: number): RuleId | undefined {
  for (let i = from; i < to; i++) {
    const rule = scan.extensions.get(i);
    if (rule) return rule;
  }
  return undefined;
}

/** "Violence Task Force of the World Bank": a firm cue that belongs to a known organisation's name makes no firm. */
function firmCuesOnlyInKnownBodies(scan: Scan, from: number, to: number): boolean {
  const { tokens, context } = scan;
  const inKnownBody = new Set<number>();
  for (let i = from; i < to; i++) {
    const match = longestLexiconMatch(tokens, i, to, context.lexicon);
    if (match?.hit.kind === 'actor' && match.hit.type === 'organisation') for (let j = i; j < match.end; j++) inKnownBody.add(j);
  }
  if (inKnownBody.size === 0) return false;
  for (let i = from; i < to; i++) if (context.lexicon.firmCues.has((tokens[i] as Token).key) && !inKnownBody.has(i)) return false;
  return true;
}

/** Where "Office of [the] Title Name …" names its holder: the title's first token, or undefined. */
function officeHolderStart(scan: Scan, from: number, to: number): number | undefined {
  const { tokens, context } = scan;
  if ((tokens[from] as Token).key !== 'office' || (tokens[from + 1] as Token | undefined)?.key !== 'of') return undefined;
  const start = (tokens[from + 2] as Token | undefined)?.key === 'the' ? from + 3 : from + 2;
  const title = longestLexiconMatch(tokens, start, to, context.lexicon);
  if (title?.hit.kind !== 'title' || !(tokens[start] as Token).capitalised || title.end >= to) return undefined;
  // "Office of the Vice President for Research": a portfolio after the title, not a name.
  const name = tokens.slice(title.end, to);
  return name.every((token) => token.capitalised && !token.allCaps && !isGenericWord(token, context)) ? start : undefined;
}

const UNIVERSITY_WORDS = new Set(['university', 'college']);
const CENTRE_WORDS = new Set(['center', 'centre', 'institute']);

/**
 * "Brenbury College Center of Excellence for …": a university's name, then a centre or institute with a name of its
 * own ("of/for …"); two bodies (a school or department right after it is part of the university's name).
 */
function splitCentreOfUniversity(scan: Scan, from: number, runEnd: number): boolean {
  const { tokens } = scan;
  for (let i = from + 1; i + 2 < runEnd; i++) {
    const centre = tokens[i + 1] as Token;
    const connector = tokens[i + 2] as Token;
    if (!UNIVERSITY_WORDS.has((tokens[i] as Token).key) || !CENTRE_WORDS.has(centre.key) || connector.capitalised || (connector.key !== 'of' && connector.key !== 'for')) continue;
    if (!joinable(centre.gap) || (tokens[from] as Token).key === 'university') return false;
    recogniseRun(scan, from, i + 1);
    recogniseRun(scan, i + 1, runEnd);
    return true;
  }
  return false;
}

/** "Corporation for National and Community Service", "Corporation for Public Broadcasting": a firm is named before its legal form. */
function isPublicCorporation(scan: Scan, from: number, to: number): boolean {
  const head = scan.tokens[from] as Token;
  const connector = scan.tokens[from + 1];
  return head.key === 'corporation' && connector !== undefined && !connector.capitalised && connector.key === 'for' && from + 2 < to;
}

/** The state a mission's first word names ("Chinese", "China"), if any. */
function emitMissionState(scan: Scan, from: number): void {
  const hit = lookup(scan.tokens, from, from + 1, scan.context.lexicon);
  if (hit?.kind === 'demonym' || (hit?.kind === 'actor' && hit.type === 'state')) emit(scan, from, from, 'lexicon', 'state', 'state-body', hit.label);
}

/** "Chinese Embassy", "the Russian Consulate": a state's mission abroad stands for the state. */
function isDiplomaticMission(scan: Scan, from: number, to: number): boolean {
  return to - from === 2 && DIPLOMATIC_MISSIONS.has((scan.tokens[from + 1] as Token).key);
}

function hasStrongFirmCue(scan: Scan, from: number, to: number): boolean {
  return scan.tokens.slice(from, to).some((token) => scan.context.lexicon.firmCues.has(token.key) && !WEAK_FIRM_CUES.has(token.key));
}

/**
 * "Dana L. Banks", "Joseph R. Biden": a middle initial makes a person's name, whatever its last word; but a body named
 * after a person ends in its cue word ("Jack D. Hughston Foundation").
 */
function hasMiddleInitial(scan: Scan, from: number, to: number): boolean {
  const first = scan.tokens[from] as Token;
  const initial = scan.tokens[from + 1];
  const after = scan.tokens[from + 2];
  const last = scan.tokens[to - 1] as Token;
  const { lexicon } = scan.context;
  const endsInCue = to - from === 4 && (lexicon.organisationCues.has(last.key) || (lexicon.firmCues.has(last.key) && !WEAK_FIRM_CUES.has(last.key)));
  return to - from >= 3 && to - from <= 4 && first.text.length > 1 && !first.allCaps && initial !== undefined && after !== undefined &&
    /^\p{Lu}$/u.test(initial.text) && /^\.\s$/.test(after.gap) && !endsInCue;
}

/** "NSC Coordinator for Strategic Communications": a body, then a title with its portfolio; two runs. */
function splitAtInnerTitle(scan: Scan, from: number, to: number, runEnd: number): boolean {
  const { tokens, context } = scan;
  for (let i = from + 1; i < to; i++) {
    const match = longestLexiconMatch(tokens, i, runEnd, context.lexicon);
    if (match?.hit.kind !== 'title' || !(tokens[i - 1] as Token).capitalised) continue;
    const next = tokens[match.end];
    // "General Assembly": a title word heading a body's name.
    if (next && match.end < runEnd && (context.lexicon.organisationCues.has(next.key) || context.lexicon.firmCues.has(next.key))) continue;
    recogniseRun(scan, from, i);
    recogniseRun(scan, i, runEnd);
    return true;
  }
  return false;
}

/** "Sandy Gordon of the Australian Strategic Policy Institute": a name with no cue, "of", then a body. */
function splitPersonOfBody(scan: Scan, from: number, to: number, runEnd: number): boolean {
  const { tokens, context } = scan;
  let connector = -1;
  for (let i = from + 1; i < to && connector < 0; i++) if (!(tokens[i] as Token).capitalised && ((tokens[i] as Token).key === 'of' || (tokens[i] as Token).key === 'for')) connector = i;
  if (connector < 0 || hasCue(tokens, from, connector, context.lexicon) || lookup(tokens, from, connector, context.lexicon)) return false;
  // "Sandy Gordon of …" (a person), "Nominate Key Members for the U.S. Department …" (a headline's words): not the body's name.
  const person = tokens.slice(from, connector).every((token) => !token.allCaps && !isGenericWord(token, context));
  const english = tokens.slice(from, connector).every((token) => isGenericWord(token, context) || isCommonWord(token.key));
  if (!person && !(english && (tokens[connector] as Token).key === 'for')) return false;
  let rest = connector + 1;
  while (rest < to && !(tokens[rest] as Token).capitalised) rest++;
  if (rest >= to || !hasCue(tokens, rest, to, context.lexicon) || longestLexiconMatch(tokens, from, runEnd, context.lexicon)?.hit.kind === 'actor') return false;
  recogniseRun(scan, from, connector);
  recogniseRun(scan, rest, runEnd);
  return true;
}
