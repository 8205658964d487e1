/**
 * A job title glued to the body it is held at (issue 12, class 1): "Rich Lesser is the Global Chair of Boston Consulting
 * Group", "Director of the State Department’s Office of India Affairs and Director of the State Department’s Office of
 * Japanese Affairs". The run finder reads capitalised words and "of/and" alike, so the title and the body come out as one
 * name; the title is no actor, the body is.
 * - A name opening with title words ("Global Chair", "Senior Vice President") and "of (the)": cut to the body after
 *   "of" (rule `body-after-title`).
 * - A name going on with "and", title words and "of (the)": cut before "and"; the body after "of" is a second mention
 *   when the lexicon knows it or it holds a cue word (rule `body-after-title`).
 * A title word is one of the lexicon's person titles written as one word ("Chair", "Director", "President"), with the
 * modifiers a title takes before it (data: kind-words.json `titleModifiers`); the last word before "of" must be the
 * title itself, so "Office of …", "Bank of …" and "Council of Ministers" are untouched. Only when the part after "of"
 * is a body (a cue word or a lexicon actor): "Director of National Intelligence" stays a title for the run passes.
 */
import kinds from '../../lexicon/kind-words.json' with { type: 'json' };
import titles from '../../lexicon/titles.json' with { type: 'json' };
import type { ActorType } from '../../../graph-format/index.ts';
import type { CandidateMention } from '../../types.ts';
import { lookup } from '../lexicon-lookup.ts';
import type { Scan } from '../scan.ts';
import type { Token } from '../tokens.ts';

const TITLE_MODIFIERS: ReadonlySet<string> = new Set(kinds.titleModifiers);
/** Person titles written as one word ("Chair", "Director"), lower case without a final dot. */
const ONE_WORD_TITLES: ReadonlySet<string> = new Set(titles.filter((title) => !/\s/.test(title)).map((title) => title.toLowerCase().replace(/\.$/, '')));

/** Tokens from..to-1 are title words ending in a title ("Global Chair", "Executive Vice President"). */
function isTitle(scan: Scan, from: number, to: number): boolean {
  if (to <= from) return false;
  const words = scan.tokens.slice(from, to);
  const last = words[words.length - 1] as Token;
  return words.every((word) => word.capitalised) && ONE_WORD_TITLES.has(last.key) &&
    words.slice(0, -1).every((word) => TITLE_MODIFIERS.has(word.key) || ONE_WORD_TITLES.has(word.key) || /^co-/.test(word.key));
}

/** The type of the body over tokens from..to (inclusive): a lexicon actor's, or its head cue word's. */
function bodyType(scan: Scan, from: number, to: number): { type: ActorType; label?: string } | undefined {
  if (from > to) return undefined;
  const hit = lookup(scan.tokens, from, to + 1, scan.context.lexicon);
  if (hit?.kind === 'actor') return { type: hit.type, label: hit.label };
  // The head must be the cue: "Press and Public Affairs" is a portfolio, "Maritime Administration" and "Office of
  // Special Counsel" bodies. The head is the last word before the complement ("of/for/on").
  let headAt = to;
  for (let i = from + 1; i <= to; i++) {
    const word = scan.tokens[i] as Token;
    if (!word.capitalised && (word.key === 'of' || word.key === 'for' || word.key === 'on')) {
      headAt = i - 1;
      break;
    }
  }
  const head = scan.tokens[headAt] as Token;
  if (scan.context.lexicon.organisationCues.has(head.key)) return { type: 'organisation' };
  if (scan.context.lexicon.firmCues.has(head.key)) return { type: 'firm' };
  return undefined;
}

const isLowerWord = (token: Token | undefined, key: string): boolean => token !== undefined && token.key === key && !token.capitalised;
/** The body's first token after "of" at `of`, skipping "the". */
const afterOf = (scan: Scan, of: number): number => (isLowerWord(scan.tokens[of + 1], 'the') ? of + 2 : of + 1);

/** The mention cut at its glued title, and the second body if any; undefined when no title is glued. */
export function cutAtTitle(scan: Scan, mention: CandidateMention, from: number, to: number): CandidateMention[] | undefined {
  const tokenSpan = (start: number, end: number, type: ActorType, label?: string): CandidateMention => {
    const first = scan.tokens[start] as Token;
    const last = scan.tokens[end] as Token;
    return { ...mention, start: first.start, end: last.end, type, rule: 'body-after-title', label: label ?? scan.text.slice(first.start, last.end), kind: label ? 'lexicon' : 'named' };
  };
  for (let of = from + 1; of < to; of++) {
    if (!isLowerWord(scan.tokens[of], 'of')) continue;
    // "Global Chair of Boston Consulting Group": title words from the start.
    if (isTitle(scan, from, of)) {
      const body = bodyType(scan, afterOf(scan, of), to);
      return body ? [tokenSpan(afterOf(scan, of), to, body.type, body.label)] : undefined;
    }
    // "Office of India Affairs and Director of the State Department": "and", then title words.
    for (let and = of - 2; and > from; and--) {
      if (!isLowerWord(scan.tokens[and], 'and') || !isTitle(scan, and + 1, of)) continue;
      const second = bodyType(scan, afterOf(scan, of), to);
      const cut = [tokenSpan(from, and - 1, mention.type)];
      if (second) cut.push(tokenSpan(afterOf(scan, of), to, second.type, second.label));
      return cut;
    }
  }
  return undefined;
}

export function cutTitlesBeforeBodies(scan: Scan): void {
  const result: CandidateMention[] = [];
  for (const mention of scan.mentions) {
    if ((mention.type !== 'organisation' && mention.type !== 'firm') || mention.kind !== 'named' || mention.rule === 'lexicon') {
      result.push(mention);
      continue;
    }
    const from = scan.tokens.findIndex((token) => token.start === mention.start);
    const to = from < 0 ? -1 : scan.tokens.findIndex((token, index) => index >= from && token.end >= mention.end);
    const cut = from >= 0 && to > from ? cutAtTitle(scan, mention, from, to) : undefined;
    result.push(...(cut ?? [mention]));
    // "Global Chair of Boston Consulting Group (BCG)": the acronym defined for the glued name stands for the body.
    const [first] = cut ?? [];
    if (cut?.length === 1 && first) for (const definition of scan.acronyms) if (definition.label === mention.label) definition.label = first.label;
  }
  scan.mentions = result;
}
