/**
 * What every relation rule reads: the sentence's parse, the two mentions of the pair (x the
 * earlier, y the later), every actor mention placed on the terms, and the cue tables; and the
 * small word tests the rules share. A rule returns a Finding: the relation and its own name,
 * so the eval can print precision per rule (and the UI could show why a sentence got its type).
 */
import type { ActorType, EvidenceRelation } from '../../graph-format/index.ts';
import type { CueTables, CueType } from './cues.ts';
import type { ParsedTerm } from './parse.ts';

export interface SentenceMention {
  start: number;
  end: number;
  actor: string;
  type: ActorType;
}

/** A mention laid on the parse: the indices of its first and last term. */
export interface Placed { first: number; last: number; actor: string; type: ActorType }

export interface Context {
  terms: readonly ParsedTerm[];
  cues: CueTables;
  x: Placed;
  y: Placed;
  /** Term index → the mention covering it. */
  covered: Map<number, Placed>;
  /** What `covered` holds, made with it once per sentence (coveringOf) and shared by all its pairs. */
  covering: Covering;
}

/** The distinct mentions a sentence's `covered` holds, in its order, and how many distinct actors they name. */
export interface Covering { mentions: readonly Placed[]; actors: number }

export interface Finding { relation: EvidenceRelation; rule: string }

/**
 * The Covering of `covered`. Made once per sentence (classify.ts, placeSentence): rules and features ask
 * for it about twice per pair, and making it per question cost ~45 % more CPU in relation typing
 * (32,740 pairs of 300 real-corpus files and the sample, 2026-12-07, shape8).
 */
export function coveringOf(covered: ReadonlyMap<number, Placed>): Covering {
  const mentions = [...new Set(covered.values())];
  return { mentions, actors: new Set(mentions.map((mention) => mention.actor)).size };
}

export const finding = (rule: string, relation: EvidenceRelation): Finding => ({ rule, relation });

/** Material over verbal, conflict over cooperation (issue 14's precedence). */
export const PRECEDENCE: Record<CueType, number> = {
  attacks: 9, pressures: 8, funds: 7, trades: 6, cooperates: 5, criticises: 4.5, agrees: 4, supports: 3, meets: 2,
};
export const MUTUAL: ReadonlySet<RelationType> = new Set(['meets', 'agrees', 'cooperates', 'none']);
type RelationType = EvidenceRelation['type'];
export const LIST_WORDS = new Set(['and', 'or', 'as', 'well', 'the', 'both', 'between', 'also', 'its', 'their', '&']);
export const SUBJECT_PRONOUNS = new Set(['i', 'we', 'he', 'she', 'they', 'you']);
export const PRONOUNS = new Set(['it', 'they', 'he', 'she', 'we', 'its', 'their']);
export const DO = new Set(['do', 'does', 'did', 'will', 'would', 'can', 'could', 'may', 'might', 'should', 'must', 'to']);
/** Forms of "be" before a participle make it passive ("was funded"); "has funded" is active. */
export const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);

export const has = (term: ParsedTerm | undefined, flag: string): boolean => term !== undefined && term.flags.includes(flag);

/** "China's", "the United States'", "China’s" (compromise tags the first, keeps the second's apostrophe as punctuation, splits the third into a word and an empty term, which classify.ts makes the mention's last). */
export const isPossessive = (term: ParsedTerm | undefined): boolean =>
  term !== undefined && (has(term, 'S') || term.after === "'" || term.after === '’' || term.word === '');

export const isWhole = (mention: Placed): boolean => mention.type === 'state' || mention.type === 'organisation' || mention.type === 'firm';

export const belongs = (part: Placed, whole: Placed): EvidenceRelation => ({ type: 'belongs', from: part.actor, to: whole.actor });

/** "by (the) Y" right before the later mention: the agent of a passive verb or noun. */
export function agentBefore(terms: readonly ParsedTerm[], at: number, word: string): boolean {
  return terms[at - 1]?.word === word || (terms[at - 2]?.word === word && has(terms[at - 1], 'D'));
}

export function cueTypesOf(term: ParsedTerm, cues: CueTables): CueType[] {
  const forms = term.root ? [term.word, term.root] : [term.word];
  const verb = has(term, 'V');
  for (const form of forms) {
    const types = verb ? cues.verbs.get(form) ?? cues.nouns.get(form) : cues.nouns.get(form) ?? (has(term, 'N') ? undefined : cues.verbs.get(form));
    if (types) return types;
  }
  return [];
}

export function bestType(types: readonly CueType[]): CueType | undefined {
  let best: CueType | undefined;
  for (const type of types) if (!best || PRECEDENCE[type] > PRECEDENCE[best]) best = type;
  return best;
}

export function negation(terms: readonly ParsedTerm[], index: number, cues: CueTables): { negated?: true } {
  for (let i = index - 1; i >= Math.max(0, index - 3); i--) {
    const term = terms[i]!;
    if (has(term, 'X') || cues.negators.has(term.word)) return { negated: true };
  }
  return {};
}

export interface Cue { type: CueType; index: number; verb: boolean }

/** Multi-word cues in [from, to), each word within three terms of the one before. */
export function phraseCues(terms: readonly ParsedTerm[], from: number, to: number, cues: CueTables): Cue[] {
  const found: Cue[] = [];
  for (const phrase of cues.phrases) {
    for (let i = from; i < to; i++) {
      if (terms[i]!.word !== phrase.words[0] && terms[i]!.root !== phrase.words[0]) continue;
      let at = i;
      let matched = 1;
      for (let w = 1; w < phrase.words.length && matched === w; w++) {
        for (let k = at + 1; k <= Math.min(to - 1, at + 3); k++) {
          if (terms[k]!.word === phrase.words[w] || terms[k]!.root === phrase.words[w]) { at = k; matched++; break; }
        }
      }
      if (matched === phrase.words.length) found.push({ type: phrase.type, index: i, verb: has(terms[i], 'V') });
    }
  }
  return found;
}
