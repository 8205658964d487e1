/**
 * Which lone capitalised words are ordinary words of the corpus ("Security", "World",
 * "Partnership", "Power"): those the texts also write in lower case. Such a word at the
 * head of a sentence or in a heading is no evidence of a name, so it may stand for a
 * person only where that person is named in full in the same document, and never for
 * a body. Judged on the corpus itself, so it holds for any language of the texts.
 */

/** A word written in lower case this often in the corpus is an ordinary word. */
const MIN_LOWERCASE_USES = 2;

/** Counts, text by text, how often the texts write each of `candidates` (lower-case words) in lower case. */
export class LowerCaseUses {
  private readonly uses = new Map<string, number>();

  constructor(private readonly candidates: ReadonlySet<string>) {}

  count(text: string): void {
    if (this.candidates.size === 0) return;
    for (const match of text.matchAll(/(?<![\p{L}\p{N}’'-])\p{Ll}[\p{Ll}’'-]*(?![\p{L}\p{N}])/gu)) {
      const word = match[0];
      if (this.candidates.has(word)) this.uses.set(word, (this.uses.get(word) ?? 0) + 1);
    }
  }

  /** The candidates counted often enough to be ordinary words. */
  commonWords(): Set<string> {
    return new Set([...this.uses].filter(([, count]) => count >= MIN_LOWERCASE_USES).map(([word]) => word));
  }
}

/** The keys among `candidates` (lower-case words) that the texts use in lower case. */
export function commonWordsAmong(candidates: ReadonlySet<string>, texts: Iterable<string>): Set<string> {
  const uses = new LowerCaseUses(candidates);
  for (const text of texts) uses.count(text);
  return uses.commonWords();
}
