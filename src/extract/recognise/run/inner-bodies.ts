/**
 * A body's inner organ named only by what it is, joined to the body it belongs to: "the Members of the Court",
 * "Secretariat of the PCA", "Board of Directors of Chicago Cares", "BIS Board of Directors". The organ has no name
 * of its own; the actor is the body (if the rest names one).
 */
import { ORGAN_PHRASES } from '../rules.ts';
import type { Scan } from '../scan.ts';
import type { Token } from '../tokens.ts';
import { isCommonWord } from '../word-classes.ts';

const MAX_PHRASE = 4;
const MAX_MODIFIERS = 2;

/** A capitalised ordinary English word that is no cue word ("Global", "Scientific"). */
function isModifier(scan: Scan, index: number): boolean {
  const token = scan.tokens[index];
  return token !== undefined && token.capitalised && !token.allCaps && isCommonWord(token.key) &&
    !scan.context.lexicon.organisationCues.has(token.key) && !scan.context.lexicon.firmCues.has(token.key);
}

/** Length in tokens of the generic organ phrase starting at `from` (0 when there is none). */
function organPhraseAt(tokens: readonly Token[], from: number, to: number): number {
  for (let length = Math.min(MAX_PHRASE, to - from); length >= 1; length--) {
    const key = tokens.slice(from, from + length).map((token) => token.key).join(' ');
    if (ORGAN_PHRASES.has(key)) return length;
  }
  return 0;
}

/**
 * The span of the body an organ belongs to, or undefined when the run is not "organ of body" / "body organ".
 * "Members of the Court" → "Court"; "BIS Board of Directors" → "BIS".
 */
export function bodyOfOrgan(scan: Scan, from: number, to: number): [number, number] | undefined {
  const { tokens } = scan;
  // "Global Advisory Board of …", "Scientific Advisory Council of …": ordinary words before the organ phrase are its own.
  let modifiers = 0;
  while (modifiers < MAX_MODIFIERS && organPhraseAt(tokens, from + modifiers, to) === 0 && isModifier(scan, from + modifiers)) modifiers++;
  const head = organPhraseAt(tokens, from + modifiers, to);
  const connector = tokens[from + modifiers + head];
  if (head > 0 && from + modifiers + head < to && connector && !connector.capitalised && connector.key === 'of') {
    let rest = from + modifiers + head + 1;
    while (rest < to && !(tokens[rest] as Token).capitalised) rest++;
    return rest < to ? [rest, to] : undefined;
  }
  for (let start = from + 1; start < to - 1; start++) {
    const length = organPhraseAt(tokens, start, to);
    if (length >= 2 && start + length === to && (tokens[start - 1] as Token).capitalised) return [from, start];
  }
  return undefined;
}
