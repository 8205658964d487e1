/**
 * A body or firm named only in ordinary English words that the texts also write in lower case ("Steering Board" /
 * "the steering board", "Executive Office" / "an executive office", "Environment" / "the environment") is a common
 * phrase set in capitals (a heading, a list, a title's tail), not a name (issue 12, classes 7 and 12; rule id
 * `lowercase-phrase`). Judged on the corpus itself, so it holds for any genre. A strong cue keeps the name: a lexicon
 * entry, an acronym defined for it or standing for it, a rule that found it by more than its words (a state's body, a
 * firm's officer, a legal form, a military unit, …), or a join with another name (organ-names.ts).
 */
import { isEnglishWord } from '../recognise/english-words.ts';
import { groupLabel, groupType, type Group } from './groups.ts';

export const LOWERCASE_PHRASE_RULE = 'lowercase-phrase';

/** Rules whose evidence is more than the phrase's own capitalised words. */
const STRONG_RULES: ReadonlySet<string> = new Set([
  'lexicon', 'lexicon-lowercase', 'state-body', 'partnership-firm', 'firm-officer', 'national-subsidiary', 'mission-to',
  'military-unit', 'leader-administration', 'regional-body', 'campus-name', 'distributed-head', 'capital-as-state',
  'demonym-as-state', 'media', 'body-after-title',
  // The sentence calls it a firm or cites it as a news outlet (passes/kind-noun-firms.ts, reporting-outlets.ts).
  'kind-noun-firm', 'reporting-outlet',
]);

/** Small words a name's capitalised words may be joined by. */
const JOINERS: ReadonlySet<string> = new Set(['of', 'and', 'the', 'for', 'on', 'in', '&']);

/**
 * The lower-case words of a group's label when the group is a body or firm that only its capitalised ordinary words
 * support; undefined when something else vouches for it or a word is not an ordinary English word.
 */
export function ordinaryPhraseOf(group: Group): string | undefined {
  const type = groupType(group);
  if ((type !== 'organisation' && type !== 'firm') || group.lexiconType !== undefined || (group.joinReasons?.length ?? 0) > 0) return undefined;
  if (group.mentions.some((mention) => mention.kind === 'lexicon' || mention.kind === 'acronym' || mention.acronym !== undefined ||
    STRONG_RULES.has(mention.rule ?? ''))) return undefined;
  const label = groupLabel(group);
  return label === undefined ? undefined : ordinaryPhraseOfLabel(label);
}

/** The lower-case words of `label` when each is an ordinary English word written as a name's word would be, else undefined. */
export function ordinaryPhraseOfLabel(label: string): string | undefined {
  const words = label.replace(/^the\s+/i, '').split(/\s+/);
  // Each word capitalised as a name's word would be (not all capitals: "ICT"), and an ordinary word.
  if (!words.every((word) => JOINERS.has(word.toLowerCase()) || (/^\p{Lu}\p{Ll}+$/u.test(word) && isEnglishWord(word.toLowerCase())))) return undefined;
  if (words.every((word) => JOINERS.has(word.toLowerCase()))) return undefined;
  return words.map((word) => word.toLowerCase()).join(' ');
}

/**
 * Which of `phrases` (lower-case, words joined by one space) the texts write in lower case at least as often as with
 * capitals, and at least once (a phrase of one word: twice, as a lone lower-case word may be a typo or a quotation).
 * "Security Council" (hundreds of times with capitals, a few times in lower case) stays a name; "Environment", "Civil
 * Society", "Senior Administration" (far more often in lower case) are common phrases. Linear in the texts.
 */
export function phrasesWrittenLowerCase(phrases: ReadonlySet<string>, texts: Iterable<string>): Set<string> {
  const cases = new PhraseCases(phrases);
  for (const text of texts) cases.count(text);
  return cases.writtenLowerCase();
}

/** Counts, text by text, how often the texts write each of `phrases` in lower case and with capitals. */
export class PhraseCases {
  private readonly byFirstWord = new Map<string, string[][]>();
  private readonly lower = new Map<string, number>();
  private readonly capitalised = new Map<string, number>();

  constructor(phrases: ReadonlySet<string>) {
    for (const phrase of phrases) {
      const words = phrase.split(' ');
      const list = this.byFirstWord.get(words[0] as string) ?? [];
      list.push(words);
      this.byFirstWord.set(words[0] as string, list);
    }
  }

  count(text: string): void {
    if (this.byFirstWord.size === 0) return;
    const tokens = [...text.matchAll(/[\p{L}&][\p{L}’'-]*/gu)].map((match) => match[0]);
    const keys = tokens.map((token) => token.toLowerCase());
    keys.forEach((key, index) => {
      const candidates = this.byFirstWord.get(key);
      if (!candidates) return;
      for (const words of candidates) {
        if (!words.every((word, offset) => keys[index + offset] === word)) continue;
        const phrase = words.join(' ');
        const asWritten = words.every((word, offset) => tokens[index + offset] === word) ? this.lower : this.capitalised;
        asWritten.set(phrase, (asWritten.get(phrase) ?? 0) + 1);
      }
    });
  }

  /** The phrases counted in lower case at least as often as with capitals (a lone word: at least twice). */
  writtenLowerCase(): Set<string> {
    return new Set([...this.lower].filter(([phrase, count]) =>
      count >= (phrase.includes(' ') ? 1 : 2) && count >= (this.capitalised.get(phrase) ?? 0)).map(([phrase]) => phrase));
  }
}
