/**
 * Surface-form normalisation for matching extracted names against gold names. Both sides
 * go through the same function, so only differences that never change the actor are
 * erased: accents, case, possessives, quote and dash variants, spacing, a leading
 * article, a trailing full stop and the Organisation/Organization spelling.
 */

const COMBINING_MARKS = /\p{M}+/gu;
const APOSTROPHES = /[\u2018\u2019\u02BC\u0060\u00B4]/g;
const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g;
/** "China's", "Taliban's" and the plural possessive "states'" */
const POSSESSIVE = /(?<=\p{L})'s\b|(?<=s)'(?=\s|$)/gu;
const SPACED_HYPHEN = /\s*-\s*/g;
const WHITESPACE = /\s+/g;
const LEADING_ARTICLE = /^the /;
const TRAILING_STOP = /\.$/;
const ORGANIZATION = /organiz(?=ation)/g;

export function normaliseSurface(text: string): string {
  return text
    .normalize('NFKD')
    .replace(COMBINING_MARKS, '')
    .toLowerCase()
    .replace(APOSTROPHES, "'")
    .replace(DASHES, '-')
    .replace(POSSESSIVE, '')
    .replace(SPACED_HYPHEN, '-')
    .replace(WHITESPACE, ' ')
    .trim()
    .replace(LEADING_ARTICLE, '')
    .replace(TRAILING_STOP, '')
    .replace(ORGANIZATION, 'organis');
}
