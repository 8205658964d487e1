/**
 * The forms a regularly inflected English word may come from ("resources" → "resource", "currencies" →
 * "currency"). One home for the rule: the word list is built without the inflections of its words
 * (scripts/build-english-words.ts) and looked up through them again (english-words.ts).
 */
export function inflectionBases(word: string): string[] {
  const out: string[] = [];
  if (word.endsWith('ies')) out.push(`${word.slice(0, -3)}y`);
  if (word.endsWith('es')) out.push(word.slice(0, -2));
  if (word.endsWith('s')) out.push(word.slice(0, -1));
  if (word.endsWith('ied')) out.push(`${word.slice(0, -3)}y`);
  if (word.endsWith('ed')) out.push(word.slice(0, -2), word.slice(0, -1));
  if (word.endsWith('ing')) out.push(word.slice(0, -3), `${word.slice(0, -3)}e`);
  return out;
}
