/**
 * A name the sentence itself calls a firm (issue 12, recall on unseen text). Writers name a company they mention once
 * with a lower-case firm noun right beside it, and that noun is the only evidence there is:
 * - the noun (and its modifiers) right before the name, maybe with a comma or an opening quote: "Chinese company Full
 *   Gold Mining", "the Finnish company "Metso"", "the dry port operator KTZE-Khorgos Gateway", "another Chinese
 *   company, Jiangxi Copper";
 * - a quoted name right before the noun: ""Norwest" company", "“Itochu” company", ""Golomt" bank";
 * - an apposition headed by the noun: "Erdenes MGL, the state-owned mining company, controls …";
 * - a list whose next or previous item is a firm another rule found: "Erdenes Tavan Tolgoi LLC, Energy Resources, and
 *   Tavan Tolgoi JSC", "Perfectum Mobile, and East Telecom" (rule `firm-list`).
 * What the noun introduces is the capitalised run there; it becomes one firm (rule `kind-noun-firm`) when no other rule
 * gave it a confirmed reading (only unconfirmed words, the tagger's guess or an unexplained acronym lie on it, or
 * nothing: an all-industry-word name like "Full Gold Mining" is dropped by the cue rules for want of a proper word). A
 * run of ordinary words needs a quote or a firm cue word in it ("the company Tuesday said" names nothing).
 * Nouns are data: role-evidence.json `firmNounsBesideName` (firm nouns that do not also name people, as "producer"
 * does); modifiers are free words, since only the noun right beside the name counts.
 */
import roles from '../../lexicon/role-evidence.json' with { type: 'json' };
import type { CandidateMention } from '../../types.ts';
import { emit, type Scan } from '../scan.ts';
import type { Token } from '../tokens.ts';
import { isGenericWord } from '../runs.ts';
import { isCommonWord } from '../word-classes.ts';
import { FACILITY_NOUNS, NON_ACTOR_HEADS, PLACE_AND_FACILITY_NOUNS } from '../rules.ts';

const NOUNS = roles.firmNounsBesideName.map((noun) => noun.replace(/[-\s]/g, '[-\\s]')).join('|');
/** "company ", "company, ", "operator «", "venture "": a lower-case firm noun right before the name. */
const NOUN_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}-])(?:${NOUNS})\s*,?\s*["“«']?$`, 'u');
/** "" company", "” bank": the quoted name's closing quote, then a lower-case firm noun. */
const NOUN_AFTER_QUOTE = new RegExp(String.raw`^["”»']\s+(?:${NOUNS})(?![\p{L}-])`, 'u');
/** ", the state-owned mining company," ", a Chinese firm that …": an apposition whose head is a firm noun. */
const NOUN_APPOSITION = new RegExp(String.raw`^,\s+(?:the|a|an|another)\s+(?:[\p{L}-]+\s+){0,3}?(?:${NOUNS})(?:\s*[,.;)]|\s+(?:that|which|based|owned|controlled|run|in|from|with))`, 'u');
/** Rules whose reading of a run is only a guess, which a firm noun beside it overrides. */
const WEAK_RULES = new Set(['unconfirmed', 'tagger', 'acronym-undefined']);

const OPENING_QUOTE = /["“«']$/;
/** Between two items of a list of three or more: a comma, maybe "and" ("Huawei and Information Technology" may pair a firm with its trade). */
const LIST_GAP = /^\s*,\s*(?:and\s+|or\s+)?$/;

/** A firm other rules found, listed right before or right after the run. */
function listedWithFirm(scan: Scan, first: Token, last: Token): boolean {
  return scan.mentions.some((mention) => mention.type === 'firm' && !WEAK_RULES.has(mention.rule ?? '') &&
    ((mention.end <= first.start && LIST_GAP.test(scan.text.slice(mention.end, first.start))) ||
      (mention.start >= last.end && LIST_GAP.test(scan.text.slice(last.end, mention.start)))));
}

function isQuoted(scan: Scan, first: Token, last: Token): boolean {
  return OPENING_QUOTE.test(scan.text.slice(Math.max(0, first.start - 1), first.start)) && /^["”»']/.test(scan.text.slice(last.end));
}

/** A run of ordinary words names a firm only when quoted or holding a firm cue word; any other word is a proper name. */
function hasNameWord(scan: Scan, words: readonly Token[], quoted: boolean): boolean {
  if (quoted) return true;
  if (words.some((word) => !isGenericWord(word, scan.context) && !isCommonWord(word.key))) return true;
  return words.length >= 2 && words.some((word) => scan.context.lexicon.firmCues.has(word.key));
}

export function typeKindNounFirms(scan: Scan): void {
  const added: CandidateMention[] = [];
  const replaced = new Set<CandidateMention>();
  for (const [runStart, runEnd] of scan.runs) {
    const first = scan.tokens[runStart] as Token;
    const last = scan.tokens[runEnd - 1] as Token;
    const quoted = isQuoted(scan, first, last);
    const before = scan.text.slice(Math.max(0, first.start - 30), first.start);
    const after = scan.text.slice(last.end, last.end + 80);
    const apposition = NOUN_APPOSITION.test(after);
    const named = NOUN_BEFORE.test(before) || (quoted && NOUN_AFTER_QUOTE.test(after)) || apposition;
    // A listed run must look like a firm's name by itself: two words or more, one of them a firm cue.
    // ("Biodiversity and Natural Resources", listed among a think tank's programmes, is a field: no "and" inside.)
    const runWords = scan.tokens.slice(runStart, runEnd);
    const listed = !named && runWords.length >= 2 && runWords.some((word) => scan.context.lexicon.firmCues.has(word.key)) &&
      !runWords.some((word) => word.key === 'and' || word.key === '&') && listedWithFirm(scan, first, last);
    if (!named && !listed || first.allCaps && runEnd - runStart === 1 && !quoted) continue;
    const on = scan.mentions.filter((mention) => mention.start < last.end && mention.end > first.start);
    // A firm noun heading the apposition outweighs the apposition's shape, which alone made it a person's.
    const weak = (rule: string): boolean => WEAK_RULES.has(rule) || (apposition && rule === 'introduced-person');
    if (on.some((mention) => !weak(mention.rule ?? '')) || added.some((mention) => mention.start === first.start)) continue;
    const words = scan.tokens.slice(runStart, runEnd);
    // "the Trans-Caspian Gas Pipeline, CNPC …": a facility or a thing listed beside a firm is no firm.
    const head = (words[words.length - 1] as Token).key;
    if (PLACE_AND_FACILITY_NOUNS.has(head) || FACILITY_NOUNS.has(head) || NON_ACTOR_HEADS.has(head)) continue;
    if (words.every((word) => scan.context.lexicon.titleWords.has(word.key)) || !hasNameWord(scan, words, quoted)) continue;
    for (const mention of on) replaced.add(mention);
    const mentions = scan.mentions;
    scan.mentions = [];
    added.push(emit(scan, runStart, runEnd - 1, 'named', 'firm', named ? 'kind-noun-firm' : 'firm-list'));
    scan.mentions = mentions;
  }
  if (added.length === 0) return;
  scan.mentions = [...scan.mentions.filter((mention) => !replaced.has(mention)), ...added].sort((a, b) => a.start - b.start);
}
