/**
 * Evidence from the shape of single words and word pairs, for names with no title or cue
 * word in front: Chinese names in pinyin ("Xi Jinping"), given names common in the regions
 * the texts are about (lexicon/person-names.ts), and company names built like brands
 * ("QazaqGaz", "Kazakhtelecom", "StatCounter").
 */
import { chineseSurnames, givenNames, isPinyinWord } from '../lexicon/person-names.ts';
import { normaliseWord, type Token } from './tokens.ts';

const CHINESE_SURNAMES = new Set(chineseSurnames.map((name) => normaliseWord(name)));
const GIVEN_NAMES = new Set(givenNames.map((name) => normaliseWord(name)));

/** A given name common in Russia, Central Asia, the Caucasus, South Asia, the Middle East or world politics. */
export function isRegionalGivenName(key: string): boolean {
  return GIVEN_NAMES.has(key);
}

/** "Xi Jinping", "Wang Yi", "Li Ke Qiang": a common Chinese surname and one or two given names in pinyin. */
export function isChineseName(words: readonly Token[]): boolean {
  if (words.length < 2 || words.length > 3) return false;
  const [surname, ...given] = words;
  return surname !== undefined && CHINESE_SURNAMES.has(surname.key) && given.every((word) => !word.allCaps && isPinyinWord(word.text));
}

/**
 * Industry words that companies (especially the state firms of the former Soviet Union)
 * glue onto their names: "Kazakhtelecom", "Uztransgaz", "Rosneft", "Turkmennebitgaz".
 */
const FIRM_WORD_ENDINGS = /.{3,}(telecom|gaz|neft|nefteg|energo|prom|bank|invest|stroy|stroi|trans|metall|komir|oil)$/;
/** Prefixes that make a capital inside a surname ("McDonald", "DeSantis", "MacArthur", "O’Neill"). */
const SURNAME_PREFIX = /^(mc|mac|de|le|la|di|da|du|van|von|o['’])$/i;

/** Longer single "words" are noise (a URL fragment, a run of letters), not brands. */
const MAX_BRAND_LENGTH = 30;

/** A single word shaped like a company brand: an industry ending, or a capital inside it ("StatCounter", "PetroChina"). */
export function looksLikeFirmWord(token: Token): boolean {
  if (token.allCaps || !token.capitalised || token.text.length > MAX_BRAND_LENGTH) return false;
  if (FIRM_WORD_ENDINGS.test(token.key)) return true;
  // Web companies known by their domain: "Mail.Ru", "Booking.com".
  if (/\.(ru|com|net|io|kz|cn)$/i.test(token.text)) return true;
  const inner = /^(\p{Lu}\p{Ll}{2,})\p{Lu}\p{Ll}{2,}/u.exec(token.text);
  return inner !== null && !SURNAME_PREFIX.test(inner[1] ?? '');
}
