/** Patterns read from the raw passage text rather than from token runs. */
import type { AcronymDefinition } from '../types.ts';
import type { LexiconIndex } from './lexicon-index.ts';

/** Words that occur in lower case in a text (used to tell "While" from "Washington"). */
export function lowercaseVocabulary(text: string): Set<string> {
  const words = new Set<string>();
  for (const match of text.matchAll(/(?<![\p{L}’'])\p{Ll}[\p{L}]*/gu)) words.add(match[0]);
  return words;
}

/** "… ambassador to Pakistan, Nong Rong": a title word shortly before, then a comma. */
export function roleWordBefore(before: string, lexicon: LexiconIndex): boolean {
  const match = /([\p{L}]+)(?:\s+(?:to|of|for)\s+[\p{L} ]+)?,?\s*$/u.exec(before);
  return match !== null && lexicon.titleWords.has((match[1] ?? '').toLowerCase());
}

/**
 * "unmanned aerial vehicles (UAVs)": an acronym spelled out in lower-case words is a
 * thing, not an actor, so the acronym is defined as 'none'.
 */
export function lowercaseAcronymDefinitions(text: string): AcronymDefinition[] {
  const definitions: AcronymDefinition[] = [];
  for (const match of text.matchAll(/\((\p{Lu}{2,8})s?\)/gu)) {
    const acronym = match[1] ?? '';
    const words = text.slice(Math.max(0, match.index - 120), match.index).trim().split(/[\s-]+/).slice(-acronym.length);
    if (words.length !== acronym.length) continue;
    const initials = words.map((word) => word[0] ?? '').join('');
    if (initials.toUpperCase() === acronym && words.every((word) => /^\p{Ll}/u.test(word))) {
      definitions.push({ acronym, label: words.join(' '), type: 'none' });
    }
  }
  return definitions;
}

/**
 * Quoted titles of works (‘Great Power Play at Himalayan Heights’): mostly capitalised
 * words between quotes. Names inside them are not mentions.
 */
export function findQuotedTitles(text: string): [number, number][] {
  const spans: [number, number][] = [];
  for (const match of text.matchAll(/[‘“"]([^‘’“”"]{3,150})[’”"]/gu)) {
    const words = (match[1] ?? '').split(/\s+/).filter((word) => /^\p{L}/u.test(word));
    if (words.length < 2) continue;
    const capitalised = words.filter((word) => /^\p{Lu}/u.test(word)).length;
    if (capitalised / words.length >= 0.6) spans.push([match.index, match.index + match[0].length]);
  }
  return spans;
}
