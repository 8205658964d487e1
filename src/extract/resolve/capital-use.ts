/**
 * A capital stands for its state only where it acts as the government ("Beijing said",
 * "Moscow's position", "talks between Washington and Tehran"). Where it names the city as a
 * place or as part of another name it does not: "the firm's Brussels offices", "a
 * Moscow-based fund", "the Paris Agreement", "the Beijing summit". The recogniser already
 * leaves out "in Beijing"; this looks at the words around the capital for the rest.
 */
import { GOVERNMENT_NOUNS } from '../recognise/rules.ts';

/** Lower-case words after a capital that make it a place or an event's name. */
const PLACE_NOUNS_AFTER = new Set([
  'office', 'offices', 'headquarters', 'hq', 'branch', 'branches', 'bureau', 'campus', 'suburb', 'suburbs', 'airport', 'metro',
  'subway', 'station', 'hotel', 'hotels', 'residents', 'streets', 'street', 'area', 'region', 'district', 'districts', 'assignment',
  'assignments', 'summit', 'conference', 'meeting', 'meetings', 'round', 'process', 'declaration', 'agreement', 'agreements',
  'accord', 'accords', 'treaty', 'protocol', 'format', 'consensus', 'marathon', 'olympics', 'games', 'time', 'stock', 'exchange',
  'university', 'police', 'city', 'mayor', 'airport', 'port', 'plant', 'factory', 'factories', 'restaurant', 'home', 'apartment',
]);

/** Words before a capital that make it a modifier of what follows ("the firm's Brussels offices", "its Moscow office"). */
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'our', 'his', 'her', 'my', 'your']);

/** False when the capital text[start, end) names a place or part of another name rather than the government. */
export function capitalActsAsGovernment(text: string, start: number, end: number): boolean {
  const after = text.slice(end, end + 40);
  // "Moscow's", "Beijing’s": the government's.
  if (/^['’]s\b/.test(after)) return true;
  if (/^[-‑–]based\b/i.test(after)) return false;
  const next = /^[ \u00a0]([\p{L}][\p{L}-]*)/u.exec(after)?.[1];
  if (next !== undefined) {
    const key = next.toLowerCase();
    if (GOVERNMENT_NOUNS.has(key)) return true;
    // A capitalised word right after ("the Paris Agreement", "Tehran Times", "Beijing Olympics") makes one name of both.
    if (/^\p{Lu}/u.test(next) && !['And', 'Or'].includes(next)) return false;
    if (PLACE_NOUNS_AFTER.has(key)) return false;
  }
  const previous = /([\p{L}]+)(['’]s)?[ \u00a0]+$/u.exec(text.slice(Math.max(0, start - 30), start));
  // "the firm's Brussels offices" / "the Beijing leadership said" (a government noun was handled above).
  if (previous && (previous[2] !== undefined || DETERMINERS.has((previous[1] ?? '').toLowerCase())) && next !== undefined && /^\p{Ll}/u.test(next)) {
    return /^(and|or|to|in|on|at|for|with|against|as|is|was|has|had|will|would|said|says)$/.test(next);
  }
  return true;
}
