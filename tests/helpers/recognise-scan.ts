/**
 * A recogniser Scan (src/extract/recognise/scan.ts) built by hand for tests of one pass: its
 * tokens from the real tokenizer over the real general-knowledge lexicon; the test sets runs,
 * mentions or acronyms itself.
 */
import { lowercaseVocabulary } from '../../src/extract/recognise/index.ts';
import { createScan, type Scan } from '../../src/extract/recognise/scan.ts';
import type { CandidateMention, MentionKind } from '../../src/extract/types.ts';
import type { ActorType } from '../../src/graph-format/index.ts';
import { onePassage } from './one-passage.ts';
import { realLexicon } from './recognise-text.ts';

export function scanOf(text: string): Scan {
  return createScan(onePassage(text), 0, { lexicon: realLexicon, lowercaseVocabulary: lowercaseVocabulary(text) });
}

/** `text` scanned as one passage, and the token span [from, to) of `run`'s first occurrence in it. */
export function scanRun(text: string, run: string): { scan: Scan; from: number; to: number } {
  const scan = scanOf(text);
  const at = text.indexOf(run);
  const from = scan.tokens.findIndex((token) => token.start === at);
  const to = scan.tokens.findIndex((token) => token.end === at + run.length) + 1;
  if (at < 0 || from < 0 || to <= from) throw new Error(`"${run}" is no run of whole tokens in "${text}"`);
  return { scan, from, to };
}

/** A mention over the first occurrence of `surface` in the scan's text. */
export function mention(scan: Scan, surface: string, type: ActorType, kind: MentionKind = 'named', rule = 'test'): CandidateMention {
  const start = scan.text.indexOf(surface);
  if (start < 0) throw new Error(`no "${surface}" in the text`);
  return { passage: 0, start, end: start + surface.length, kind, type, rule, label: surface };
}

/** Runs as their words joined by spaces. */
export const words = (scan: Scan, runs: [number, number][]): string[] =>
  runs.map(([from, to]) => scan.tokens.slice(from, to).map((token) => token.text).join(' '));

/**
 * `pass` run alone over `text` with the capitalised runs given (each found after the previous one, whole tokens):
 * the runs after the pass (words joined by spaces) and each token it joined on as "text=rule".
 */
export function passOverRuns(pass: (scan: Scan) => void, text: string, runs: string[]): { runs: string[]; extensions: string[] } {
  const scan = scanOf(text);
  let searchFrom = 0;
  scan.runs = runs.map((run) => {
    const at = text.indexOf(run, searchFrom);
    searchFrom = at + run.length;
    const from = scan.tokens.findIndex((token) => token.start === at);
    const to = scan.tokens.findIndex((token) => token.end === at + run.length) + 1;
    if (at < 0 || from < 0 || to <= from) throw new Error(`"${run}" is no run of whole tokens`);
    return [from, to] as [number, number];
  });
  pass(scan);
  return {
    runs: words(scan, scan.runs),
    extensions: [...scan.extensions.entries()].sort(([a], [b]) => a - b).map(([i, rule]) => `${scan.tokens[i]?.text}=${rule}`),
  };
}

/** Mentions as "surface=type/kind/rule". */
export const shown = (scan: Scan): string[] => scan.mentions.map((m) => `${scan.text.slice(m.start, m.end)}=${m.type}/${m.kind}/${m.rule}`);
