/**
 * The publication date a file's markup states, read from the source before it is turned
 * into text: Markdown front matter (`date:`), HTML meta tags (`article:published_time`,
 * `datePublished`, `date`), JSON-LD `datePublished`, and a `<time datetime>` in the page's
 * header. Only these places: a date in the body never dates a post.
 */
import { parseDateExpression } from '../segment/dates.ts';

/** Front matter keys that hold the publication date, in order of trust. */
const FRONT_MATTER_KEYS = ['date', 'published', 'publishdate', 'pubdate', 'created'];

/** HTML meta tags (by name, property or itemprop) that hold the publication date. */
const META_KEYS = ['article:published_time', 'datepublished', 'date', 'dc.date', 'dc.date.issued', 'dcterms.created', 'pubdate', 'publish-date', 'og:published_time', 'citation_publication_date'];

/** The date as ISO text with its precision (YYYY, YYYY-MM, YYYY-MM-DD), from an ISO or written value. */
function normalise(value: string): string | undefined {
  const text = value.trim().replace(/^["']|["']$/g, '');
  // 2021-03-03T10:00:00+00:00 → the day it was published where it was published.
  const iso = /^(\d{4}(?:-\d{2}(?:-\d{2})?)?)(?:[T ]\d{2}:\d{2}.*)?$/.exec(text);
  if (iso?.[1] !== undefined) return parseDateExpression(iso[1]);
  // Citation meta tags write 2021/03/03.
  const slashed = /^(\d{4})\/(\d{2})(?:\/(\d{2}))?$/.exec(text);
  if (slashed) return parseDateExpression([slashed[1], slashed[2], slashed[3]].filter(Boolean).join('-'));
  return parseDateExpression(text);
}

export function markdownFrontMatterDate(source: string): string | undefined {
  const block = /^\uFEFF?---[ \t]*\n([\s\S]*?)\n(?:---|\.\.\.)[ \t]*(?:\n|$)/.exec(source);
  if (!block?.[1]) return undefined;
  const fields = new Map<string, string>();
  for (const line of block[1].split('\n')) {
    const field = /^([A-Za-z_-]+)\s*:\s*(.+)$/.exec(line);
    if (field?.[1] && field[2]) fields.set(field[1].toLowerCase().replace(/[_-]/g, ''), field[2]);
  }
  for (const key of FRONT_MATTER_KEYS) {
    const value = fields.get(key);
    const date = value === undefined ? undefined : normalise(value);
    if (date !== undefined) return date;
  }
  return undefined;
}

function attribute(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
  return match ? (match[1] ?? match[2] ?? match[3]) : undefined;
}

export function htmlMetadataDate(html: string): string | undefined {
  const head = html.slice(0, 200_000);
  const metaDates = new Map<string, string>();
  for (const [tag] of head.matchAll(/<meta\b[^>]*>/gi)) {
    const key = (attribute(tag, 'property') ?? attribute(tag, 'name') ?? attribute(tag, 'itemprop'))?.toLowerCase();
    const content = attribute(tag, 'content');
    if (key && content && !metaDates.has(key)) metaDates.set(key, content);
  }
  for (const key of META_KEYS) {
    const value = metaDates.get(key);
    const date = value === undefined ? undefined : normalise(value);
    if (date !== undefined) return date;
  }
  for (const [, json] of head.matchAll(/<script\b[^>]*type\s*=\s*["']?application\/ld\+json["']?[^>]*>([\s\S]*?)<\/script>/gi)) {
    const value = /"datePublished"\s*:\s*"([^"]+)"/.exec(json ?? '')?.[1];
    const date = value === undefined ? undefined : normalise(value);
    if (date !== undefined) return date;
  }
  // A <time> states the post's date only in its header, or when marked as the publication date.
  const headerTime = /<header\b[\s\S]*?<\/header>/i.exec(head)?.[0];
  const timeTags = [
    ...[...head.matchAll(/<time\b[^>]*>/gi)].map(([tag]) => tag).filter((tag) => /\b(?:pubdate|published|entry-date|post-date)\b/i.test(tag)),
    ...(headerTime ? [...headerTime.matchAll(/<time\b[^>]*>/gi)].map(([tag]) => tag) : []),
  ];
  // Failing those, a <time> before the first paragraph is the byline's.
  const firstParagraph = head.search(/<p\b/i);
  const beforeBody = firstParagraph < 0 ? '' : head.slice(0, firstParagraph);
  timeTags.push(...[...beforeBody.matchAll(/<time\b[^>]*>/gi)].map(([tag]) => tag));
  for (const tag of timeTags) {
    const value = attribute(tag, 'datetime');
    const date = value === undefined ? undefined : normalise(value);
    if (date !== undefined) return date;
  }
  return undefined;
}
