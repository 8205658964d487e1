/**
 * Two firms joined by "and" and read as one name (issue 12, class 3): "the UAE-based Averi Finance and AMEA Power are
 * both partners", "joint ventures between General Motors and LG Energy and Ford and SK", "GoviEX and Barrick Gold". The
 * run finder keeps "and" inside a name ("Marawa Research and Exploration Ltd", "National Oil and Gas Company"), so a
 * firm candidate with "and" is split into its firms (rule `coordinated-firms`) when every part starts with a proper
 * word (an acronym, a known firm, or a word no English dictionary holds, and no state or place) and one part of two
 * words or more ends in a firm cue word ("Finance", "Power", "Gold"; on the last part only an industry word, as a legal
 * form there closes a partnership: "Wilmer Cutler Pickering Hale and Dorr LLP"). "Exploration Ltd", "Gas Company" and "Foodstuffs
 * Corporation" start with English words, "China Oil" with a state: those names stay whole. "&" pairs are the
 * partnership pass's.
 */
import type { CandidateMention } from '../../types.ts';
import { isEnglishWord } from '../english-words.ts';
import { lookup } from '../lexicon-lookup.ts';
import { WEAK_FIRM_CUES } from '../rules.ts';
import type { Scan } from '../scan.ts';
import type { Token } from '../tokens.ts';
import { isPlaceName } from '../word-classes.ts';

/** Token `index` opens a part with a proper word. */
function isProperStart(scan: Scan, index: number): boolean {
  const word = scan.tokens[index];
  if (!word?.capitalised) return false;
  const hit = lookup(scan.tokens, index, index + 1, scan.context.lexicon);
  if (hit?.kind === 'actor') return hit.type === 'firm';
  if (hit !== undefined || isPlaceName(word.key)) return false;
  return word.allCaps || !isEnglishWord(word.key);
}

const isFirmCue = (scan: Scan, token: Token): boolean => scan.context.lexicon.firmCues.has(token.key) || WEAK_FIRM_CUES.has(token.key);

/** The parts [from, to] of a firm candidate over tokens from..to, or undefined when it is one firm. */
export function coordinatedParts(scan: Scan, from: number, to: number): [number, number][] | undefined {
  const ands: number[] = [];
  for (let i = from + 1; i < to; i++) if ((scan.tokens[i] as Token).key === 'and' && !(scan.tokens[i] as Token).capitalised) ands.push(i);
  if (ands.length === 0) return undefined;
  const parts: [number, number][] = [];
  let start = from;
  for (const and of ands) {
    parts.push([start, and - 1]);
    start = and + 1;
  }
  parts.push([start, to]);
  if (parts.some(([first, last]) => last < first || !isProperStart(scan, first))) return undefined;
  // "Wilmer Cutler Pickering Hale and Dorr LLP": a legal form on the last part alone closes one partnership's name.
  const cued = parts.some(([first, last], index) => last > first && isFirmCue(scan, scan.tokens[last] as Token) &&
    (index < parts.length - 1 || WEAK_FIRM_CUES.has((scan.tokens[last] as Token).key)));
  return cued ? parts : undefined;
}

export function splitCoordinatedFirms(scan: Scan): void {
  const result: CandidateMention[] = [];
  for (const mention of scan.mentions) {
    const from = mention.type === 'firm' && mention.kind === 'named' && mention.rule !== 'partnership-firm'
      ? scan.tokens.findIndex((token) => token.start === mention.start) : -1;
    const to = from < 0 ? -1 : scan.tokens.findIndex((token, index) => index >= from && token.end >= mention.end);
    const parts = to > from ? coordinatedParts(scan, from, to) : undefined;
    if (!parts) {
      result.push(mention);
      continue;
    }
    for (const [first, last] of parts) {
      const start = (scan.tokens[first] as Token).start;
      const end = (scan.tokens[last] as Token).end;
      result.push({ ...mention, start, end, rule: 'coordinated-firms', label: scan.text.slice(start, end) });
    }
  }
  scan.mentions = result;
}
