/**
 * A person named with a title phrase that names a body (issue 14's appositions and possessives for
 * `belongs`, as news pages write them — i14-rel8, read on fresh set 3's misses):
 * - the body modifies the title, the person follows: "Asian Bank Country Director for Mongolia
 *   Nadia Petrova", "Press Watch's regional program coordinator Omar Said", "the Canadian special
 *   envoy for Sudan, Anne Roy" (titleAfterBody);
 * - the title governs the body by "of"/"at", the person follows: "the Secretary General of the Nordic
 *   Fund (NF) Lena Berg", "the head of the NF office in Latvia, Ivo Kalns", "deputy
 *   director at the Atomstroy state corporation Ivan Orlov" (titleOfBodyName).
 * The body a title is "for" or "to" (the envoy's host or brief: "Ambassador of Georgia to Japan
 * Levan Beridze") is not the person's whole: forOrToTitle tells the other rules so.
 * No verb, relative word or list word may stand in the phrase: a phrase with a verb is a clause, not a name.
 */
import type { ParsedTerm } from './parse.ts';
import { belongs, finding, has, isPossessive, isWhole, type Context, type Finding } from './context.ts';

/** Longest title phrase read (terms between the body and the person). */
const MAX_PHRASE = 10;
/** Longest stretch between the body and the person after "TITLE of BODY" ("office in Latvia,", "state corporation"). */
const MAX_AFTER_BODY = 5;
/** Words that open the brief or host of a title ("representative for Afghanistan", "ambassador to the UK"). */
const BRIEF = new Set(['for', 'to', 'in', 'on']);
/** Words that join two people or clauses: a phrase holding one is not one person's title. */
const JOINS = new Set(['and', 'or', 'but', 'with', 'by', 'as', '&']);

const isVerb = (term: ParsedTerm) => has(term, 'V') && !has(term, 'N');
const titleWord = ({ cues }: Context, term: ParsedTerm) => cues.belongsNouns.has(term.word) || cues.titleHeads.has(term.word) || cues.titleWords.has(term.word);

/** The body just before the title phrase, the person right after it: "Asian Bank Country Director … Nadia Petrova". */
export function titleAfterBody(context: Context): Finding | undefined {
  const { terms, cues, x, y, covered } = context;
  if (!isWhole(x) || y.type !== 'person') return undefined;
  const xEnd = terms[x.last]!;
  if (!(xEnd.after === undefined || isPossessive(xEnd))) return undefined;
  const between = terms.slice(x.last + 1, y.first);
  if (between.length < 2 || between.length > MAX_PHRASE) return undefined;
  // The title starts at the body: its first word is a title word or a qualifier ("special", "program") before one.
  const lastTitle = between.findLastIndex((term, k) => !covered.has(x.last + 1 + k) && cues.belongsNouns.has(term.word));
  if (lastTitle < 0) return undefined;
  // "Minister of Transport and Communications": a title's own "of" complement names no actor and may join two nouns.
  const ownComplement = between[lastTitle + 1]?.word === 'of' && !between.some((_, k) => k > lastTitle && covered.has(x.last + 1 + k));
  for (let k = 0; k < between.length; k++) {
    const term = between[k]!;
    const inMention = covered.has(x.last + 1 + k);
    if (!inMention && (isVerb(term) || cues.relativeWords.has(term.word))) return undefined;
    // Before the title a list word may join place names of a brief ("Europe and Central Asia program coordinator"), not after it.
    const joinsComplement = ownComplement && term.word === 'and' && k < between.length - 1;
    if (!inMention && k > lastTitle && JOINS.has(term.word) && !joinsComplement) return undefined;
    if (!inMention && k < lastTitle && JOINS.has(term.word) && term.word !== 'and') return undefined;
    // Only the title's last word or the brief's last word may close with a comma before the name.
    if (term.after !== undefined && term.after !== '-' && !(k === between.length - 1 && term.after === ',')) return undefined;
  }
  // After the title: nothing, or a brief ("for Mongolia") holding no other title.
  const rest = between.slice(lastTitle + 1);
  if (rest.length > 0 && !BRIEF.has(rest[0]!.word) && !ownComplement) return undefined;
  if (rest.some((term, k) => !covered.has(x.last + 2 + lastTitle + k) && titleWord(context, term) && cues.belongsNouns.has(term.word))) return undefined;
  return finding('belongs:title-after-body', belongs(y, x));
}

/** The title governs the body by "of"/"at" right before it, the person follows: "the Secretary General of the Nordic Fund (NF) Lena Berg". */
export function titleOfBodyName(context: Context): Finding | undefined {
  const { terms, cues, x, y, covered } = context;
  if (!isWhole(x) || y.type !== 'person') return undefined;
  // "… of the Nordic Fund (NF) Lena Berg": an abbreviation in brackets stands for the name before it.
  const full = covered.get(x.first - 1);
  let before = (full && terms[x.last]!.after?.startsWith(')') ? full.first : x.first) - 1;
  while (before >= 0 && (has(terms[before], 'D') || (has(terms[before], 'A') && !isVerb(terms[before]!)))) before--;
  const link = terms[before];
  if (!link || !(link.word === 'of' || link.word === 'at')) return undefined;
  const title = terms[before - 1];
  if (!title || covered.has(before - 1) || !cues.belongsNouns.has(title.word)) return undefined;
  const between = terms.slice(x.last + 1, y.first);
  if (between.length > MAX_AFTER_BODY) return undefined;
  for (let k = 0; k < between.length; k++) {
    const term = between[k]!;
    if (covered.has(x.last + 1 + k)) continue;
    if (isVerb(term) || JOINS.has(term.word) || cues.relativeWords.has(term.word) || (term.after !== undefined && term.after !== '-' && !(k === between.length - 1 && term.after === ','))) return undefined;
  }
  // The body's own last word may end with a comma only when nothing else stands between ("head of the NF, Ivo Kalns").
  const xAfter = terms[x.last]!.after;
  if (xAfter !== undefined && xAfter !== ')' && !(xAfter === ',' && between.length === 0)) return undefined;
  return finding('belongs:title-of-body-name', belongs(y, x));
}

/** "… Ambassador of Georgia to Japan Levan Beridze", "Country Director for Mongolia Nadia Petrova": the body after "to"/"for" a title is the title's host or brief. */
export function briefOfTitle(context: Context): boolean {
  const { terms, cues, x } = context;
  let before = x.first - 1;
  while (before >= 0 && has(terms[before], 'D')) before--;
  if (!(terms[before]?.word === 'for' || terms[before]?.word === 'to')) return false;
  // A title word within the few words before the brief ("Ambassador of Georgia to", "Country Director for").
  for (let i = before - 1; i >= Math.max(0, before - 4); i--) if (cues.belongsNouns.has(terms[i]!.word)) return true;
  return false;
}
