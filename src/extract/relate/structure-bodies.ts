/**
 * Structure rules for international bodies and their members (encyclopedic prose): "the FAO
 * comprises 195 members, including … the European Union", "the IMCO Assembly", "the governing body
 * of the IMO is the Assembly", and member phrases after joint subjects ("Serbia and North Macedonia
 * are full members of the BSEC"). Issue 14: members–body is `belongs`, the members among themselves
 * `none` (memberList in structure.ts). Word lists come from lexicon/relation-cues.json (memberNouns,
 * belongsNouns, organNouns, wholeVerbs).
 */
import type { ParsedTerm } from './parse.ts';
import { LIST_WORDS, belongs, finding, has, isWhole, type Context, type Finding } from './context.ts';

/** Words after a member noun that open the list of members ("members include …", "members, including …", "members such as …"). */
const LIST_OPENERS = new Set(['such', 'like', 'plus', 'namely']);
const isVerb = (term: ParsedTerm) => has(term, 'V') && !has(term, 'N');

/** "The FAO comprises 195 members, including … the European Union"; "the SCO's members include the EU": the later actor is a member. */
export function memberIncluding({ cues, x, y }: Context, between: readonly ParsedTerm[]): Finding | undefined {
  if (x.type !== 'organisation' || y.type === 'person') return undefined;
  const memberAt = between.findIndex((term) => cues.memberNouns.has(term.word));
  if (memberAt < 0) return undefined;
  const openAt = between.findIndex((term, k) => k > memberAt && (cues.wholeVerbs.has(term.word) || LIST_OPENERS.has(term.word)));
  if (openAt < 0 || openAt - memberAt > 2) return undefined;
  // Before the member noun only the body's own verb of having ("comprises", "has"); after the opener no verb (the list itself).
  if (between.slice(0, memberAt).some((term) => isVerb(term) && !cues.wholeVerbs.has(term.word) && !has(term, 'K') && term.word !== 'has' && term.word !== 'have')) return undefined;
  // compromise often tags "states" as a verb: after a number or "member" it is the noun ("16 states", "member states").
  const listed = between.slice(openAt + 1);
  if (listed.some((term, k) => isVerb(term) && !/^\d/.test(listed[k - 1]?.word ?? '') && !cues.memberNouns.has(listed[k - 1]?.word ?? ''))) return undefined;
  return finding('belongs:member-including', belongs(y, x));
}

/** "the IMCO Assembly", "the FAO Conference": a body's organ named after it (the later name's head word is an organ noun). */
export function adjacentOrgan({ terms, cues, x, y }: Context, between: readonly ParsedTerm[]): Finding | undefined {
  if (between.length > 0 || !isWhole(x) || y.type !== 'organisation') return undefined;
  const head = terms[y.last]!;
  return cues.organNouns.has(head.word) || cues.organNouns.has(terms[y.first]!.word) ? finding('belongs:adjacent-organ', belongs(y, x)) : undefined;
}

/** "The governing body of the IMO is the Assembly", "the supreme organ of the AU is the Assembly": the later actor is that organ. */
export function organOfIs({ terms, cues, x, y }: Context, between: readonly ParsedTerm[]): Finding | undefined {
  // The later name may be one the extractor missed (typed as a fallback), so only a person is ruled out.
  if (!isWhole(x) || y.type === 'person' || between.length === 0 || !has(between[0], 'K') || !between.slice(1).every((term) => has(term, 'D'))) return undefined;
  let before = x.first - 1;
  while (before >= 0 && has(terms[before], 'D')) before--;
  const noun = terms[before - 1];
  return terms[before]?.word === 'of' && noun !== undefined && (cues.organNouns.has(noun.word) || cues.belongsNouns.has(noun.word)) ? finding('belongs:organ-of-is', belongs(y, x)) : undefined;
}

/**
 * Joint subjects before the verb: "Serbia and North Macedonia are full members of …", "Belarus, Kazakhstan
 * and Russia joined …". The other subjects (mentions) and list words between x and the predicate are
 * dropped, so the rules see "Serbia are full members of". Undefined when nothing is dropped.
 */
export function afterJointSubjects({ x, covered }: Context, between: readonly ParsedTerm[], xEnd: ParsedTerm): readonly ParsedTerm[] | undefined {
  let k = 0;
  let others = 0;
  while (k < between.length) {
    const index = x.last + 1 + k;
    const other = covered.get(index);
    if (other && other.actor !== x.actor) others++;
    else if (!LIST_WORDS.has(between[k]!.word)) break;
    k++;
  }
  const joined = xEnd.after === ',' || LIST_WORDS.has(between[0]?.word ?? '');
  return others > 0 && joined && k > 0 && k < between.length ? between.slice(k) : undefined;
}

/** Verbs before the title phrase: "is", "has been", "remains", "became". */
const LINKING = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'remains', 'remained', 'becomes', 'became', 'become']);

/**
 * "The Assembly … is the supreme policy making organ of the Authority", "AfricaRice has been one of the
 * 15 specialized research centers of CGIAR": a linking verb, an optional "one of the (n)", modifiers
 * (adjectives, nouns, numbers, participles), an organ, title or member noun, then "of" or "within" right
 * before the later actor.
 */
export function copulaPart({ cues, x, y }: Context, between: readonly ParsedTerm[]): Finding | undefined {
  if (!isWhole(y) || (x.type === 'state' && y.type === 'state') || between.length < 3) return undefined;
  let k = 0;
  while (k < between.length && LINKING.has(between[k]!.word)) k++;
  if (k === 0) return undefined;
  if (between[k]?.word === 'one' && between[k + 1]?.word === 'of') k += 2;
  let end = between.length - 1;
  while (end > k && has(between[end], 'D')) end--;
  if (!['of', 'within'].includes(between[end]?.word ?? '')) return undefined;
  const noun = between[end - 1];
  if (!noun || !(cues.organNouns.has(noun.word) || cues.belongsNouns.has(noun.word) || cues.memberNouns.has(noun.word))) return undefined;
  const modifiers = between.slice(k, end - 1);
  if (modifiers.length > 6 || modifiers.some((term) => has(term, 'C') || has(term, 'R') || has(term, 'X') || (isVerb(term) && !has(term, 'G')))) return undefined;
  return finding('belongs:copula-part', belongs(x, y));
}

/** "The General Assembly established the Ad Hoc Committee on …", "FAO and the WHO created the Codex Alimentarius Commission": a body's own organ or committee. */
export function createdOrgan({ cues, x, y, terms }: Context, between: readonly ParsedTerm[]): Finding | undefined {
  if (!isWhole(x) || y.type !== 'organisation' || between.length === 0) return undefined;
  const verb = between[0]!;
  if (!cues.creationVerbs.has(verb.word) || has(verb, 'P') || !between.slice(1).every((term) => has(term, 'D') || term.word === 'up')) return undefined;
  // The organ's head word: the name's last word, or the word before "on"/"of"/"for" inside it ("Committee on the Establishment of …").
  const named = terms.slice(y.first, y.last + 1);
  const headAt = named.findIndex((term) => ['on', 'of', 'for'].includes(term.word));
  const head = headAt > 0 ? named[headAt - 1]! : named.at(-1)!;
  return cues.organNouns.has(head.word) ? finding('belongs:created-organ', belongs(y, x)) : undefined;
}

/**
 * "The IIA was dissolved by resolution of its Permanent Committee", "the IMCO held its first Assembly": an
 * organ named after "its", in the clause of the body before it (no other actor and no new clause between).
 */
export function itsOrgan({ terms, cues, x, y, covered }: Context, between: readonly ParsedTerm[]): Finding | undefined {
  if (x.type !== 'organisation' || y.type === 'person' || between.length === 0 || between.length > 12) return undefined;
  let before = y.first - 1;
  while (before > x.last && (has(terms[before], 'A') || /^\d|^(first|second|third|new)$/.test(terms[before]!.word))) before--;
  if (terms[before]?.word !== 'its') return undefined;
  if (between.some((term, k) => covered.has(x.last + 1 + k) || cues.relativeWords.has(term.word) || term.after === ';')) return undefined;
  const named = terms.slice(y.first, y.last + 1);
  return named.some((term) => cues.organNouns.has(term.word)) ? finding('belongs:its-organ', belongs(y, x)) : undefined;
}
