/**
 * Two actors joined by a hyphen or dash in front of a noun ("the U.S.-Japan Alliance",
 * "India-U.S. Trade Policy Forum", "the Russia–Ukraine war", "U.S.-China talks"): the noun
 * names what the two do together, so its cue type is their relation, with no direction (both
 * sides take part: an alliance, talks, trade or a war between the two). No cue noun ("EU-NATO
 * relations", "the Soviet-Chinese frontier") states no relation.
 */
import type { CueTables, CueType } from './cues.ts';
import type { ParsedTerm } from './parse.ts';
import { bestType, cueTypesOf, finding, has, type Finding, type SentenceMention } from './context.ts';

const DASHES = new Set(['-', '–', '‐']);
/** The compound's noun phrase: at most this many nouns and adjectives after the two names. */
const MAX_HEAD = 4;

function headRelation(terms: readonly ParsedTerm[], from: number, cues: CueTables): Finding {
  const types: CueType[] = [];
  for (let i = from; i < Math.min(terms.length, from + MAX_HEAD); i++) {
    const term = terms[i]!;
    // "the U.S.-UAE strategic and defense partnership": "and" between two modifiers stays inside the phrase.
    if (term.word === 'and' && i > from && (has(terms[i + 1], 'N') || has(terms[i + 1], 'A'))) continue;
    if (!(has(term, 'N') || has(term, 'A')) || has(term, 'V')) break;
    types.push(...cueTypesOf(term, cues));
    if (term.after !== undefined && term.after.trim() !== '') break;
  }
  const type = bestType(types);
  return type ? finding(`compound:${type === 'meets' || type === 'agrees' || type === 'cooperates' ? 'mutual' : 'two-sided'}`, { type }) : finding('none:compound', { type: 'none' });
}

/** Both names inside one term ("u.s.-japan"), the first ending just before a dash: the relation of the noun after. */
export function sameTermCompound(terms: readonly ParsedTerm[], mentions: readonly SentenceMention[], actorA: string, actorB: string, cues: CueTables): Finding | undefined {
  for (const a of mentions.filter((m) => m.actor === actorA)) {
    for (const b of mentions.filter((m) => m.actor === actorB)) {
      const [first, second] = a.start < b.start ? [a, b] : [b, a];
      const at = terms.findIndex((term) => term.start <= first.start && term.end >= second.end);
      if (at < 0) continue;
      const term = terms[at]!;
      const joint = term.word.length === term.end - term.start ? term.word.slice(first.end - term.start, second.start - term.start) : '';
      if (joint.length === 1 && DASHES.has(joint)) return headRelation(terms, at + 1, cues);
    }
  }
  return undefined;
}

/**
 * One name at the head of the other's ("U.S." in "the U.S. Department of Justice", "United Nations" in
 * "the United Nations Economic and Social Council", "Ukrainian" in "the Ukrainian Parliament"): the
 * longer body is part of the state or body that starts its name. A dash after the first name
 * ("U.S.-Japan Alliance") is a compound of two, not this.
 */
export function nestedName(terms: readonly ParsedTerm[], mentions: readonly SentenceMention[], actorA: string, actorB: string): Finding | undefined {
  for (const a of mentions.filter((m) => m.actor === actorA)) {
    for (const b of mentions.filter((m) => m.actor === actorB)) {
      if (a.start !== b.start || a.end === b.end) continue;
      const [inner, outer] = a.end < b.end ? [a, b] : [b, a];
      if (outer.type !== 'organisation' || (inner.type !== 'state' && inner.type !== 'organisation')) continue;
      // The inner name must end a term of its own ("u.s." then "department"), not inside "u.s.-japan".
      if (!terms.some((term) => term.end === inner.end) || !terms.some((term) => term.start > inner.end && term.start < outer.end)) continue;
      return finding('belongs:nested-name', { type: 'belongs', from: outer.actor, to: inner.actor });
    }
  }
  return undefined;
}

/** The first name's last term ends in a dash right before the second ("india" "-" "us"): the relation of the noun after. */
export function splitCompound(terms: readonly ParsedTerm[], xLast: number, yFirst: number, yLast: number, cues: CueTables): Finding | undefined {
  if (yFirst !== xLast + 1 || !DASHES.has(terms[xLast]?.after ?? '')) return undefined;
  return headRelation(terms, yLast + 1, cues);
}

/** "Taliban-ruled Afghanistan", "a Russia-led bloc": the first name, a dash and a part verb's participle before the second: the ruler or leader is part of what it rules (as "X rules Y"). */
export function ledCompound(terms: readonly ParsedTerm[], xLast: number, yFirst: number, cues: CueTables, x: string, y: string): Finding | undefined {
  if (yFirst !== xLast + 2 || !DASHES.has(terms[xLast]?.after ?? '')) return undefined;
  const participle = terms[xLast + 1]!;
  const pastParticiple = participle.word.endsWith('ed') || participle.word === 'led';
  return pastParticiple && cues.partVerbs.has(participle.word) ? finding('belongs:led-compound', { type: 'belongs', from: x, to: y }) : undefined;
}
