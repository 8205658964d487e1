/**
 * The explicit state of recognising one passage: its tokens, which of them may be part of a
 * name, and the mentions and acronym definitions found so far. Every pass (passes/) reads and
 * extends one Scan; nothing else is shared between them.
 */
import type { ActorType } from '../../graph-format/index.ts';
import { sentenceIndexAt } from '../segment/index.ts';
import type { AcronymDefinition, CandidateMention, MentionKind, PassageAnalysis } from '../types.ts';
import type { NameContext } from './runs.ts';
import { findQuotedTitles } from './text-patterns.ts';
import { tokenize, type Token } from './tokens.ts';
import type { RuleId } from './rule-ids.ts';

export interface Scan {
  readonly passage: PassageAnalysis;
  readonly passageIndex: number;
  readonly text: string;
  readonly context: NameContext;
  readonly tokens: Token[];
  /** nameLike[i]: token i may be part of a name (set by the name-like pass, cleared by passes that consume tokens). */
  nameLike: boolean[];
  /** [start, end) offsets of quoted titles of works, in order. */
  readonly quotedTitles: [number, number][];
  /** Offset where the body starts after a news dateline ("BEIJING —"); 0 when there is none. */
  dateline: number;
  /** Capitalised runs [startToken, endToken) left for the run passes. */
  runs: [number, number][];
  mentions: CandidateMention[];
  acronyms: AcronymDefinition[];
  /** Tokens a pass added to an organisation's run (passes/extend-body-names.ts), with the rule that added each. */
  extensions: Map<number, RuleId>;
  /** Set by a pass that decides the passage holds no names at all (a passage set in capitals). */
  done: boolean;
}

export function createScan(passage: PassageAnalysis, passageIndex: number, context: NameContext): Scan {
  const { text } = passage;
  return {
    passage,
    passageIndex,
    text,
    context,
    tokens: tokenize(text, new Set(passage.sentences.map(([start]) => start))),
    nameLike: [],
    quotedTitles: findQuotedTitles(text),
    dateline: 0,
    runs: [],
    mentions: [],
    acronyms: [],
    extensions: new Map(),
    done: false,
  };
}

/** Records a mention over tokens from..to (inclusive), with the rule that found it. */
export function emit(scan: Scan, from: number, to: number, kind: MentionKind, type: ActorType, rule: RuleId, label?: string): CandidateMention {
  const first = scan.tokens[from] as Token;
  const last = scan.tokens[to] as Token;
  const mention: CandidateMention = {
    passage: scan.passageIndex, start: first.start, end: last.end, kind, type, rule, label: label ?? scan.text.slice(first.start, last.end),
  };
  scan.mentions.push(mention);
  return mention;
}

/** Records a mention over raw offsets (part of a token, as in "ETIM/TIP"). */
export function emitSpan(scan: Scan, start: number, end: number, kind: MentionKind, type: ActorType, rule: RuleId, label: string): void {
  scan.mentions.push({ passage: scan.passageIndex, start, end, kind, type, rule, label });
}

export function sentenceAround(scan: Scan, offset: number): [number, number] | undefined {
  return scan.passage.sentences[sentenceIndexAt(scan.passage.sentences, offset)];
}

export function tokenAt(scan: Scan, index: number): Token {
  return scan.tokens[index] as Token;
}

/** Text just before token `index`, up to `length` characters. */
export function textBefore(scan: Scan, index: number, length: number): string {
  const start = tokenAt(scan, index).start;
  return scan.text.slice(Math.max(0, start - length), start);
}
