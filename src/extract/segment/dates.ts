/**
 * Publication dates, as data-driven patterns. A post is dated only from places where a
 * publisher states its date: a date line in its header, the file's metadata (front matter,
 * HTML meta tags, JSON-LD), the file name, or the archive heading it sits under. Years and
 * dates in the body never date a post: a wrong date is worse than none.
 *
 * Dates keep the precision the text gives: YYYY, YYYY-MM or YYYY-MM-DD.
 */
import { ARCHIVE_HEADER, MONTH_NUMBER } from './rules.ts';

const MONTHS = 'january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';

/** Years a publication date can plausibly have; anything else is a number, not a date. */
const MIN_YEAR = 1900;
const MAX_YEAR = 2100;

/**
 * Date expressions, each with the groups it fills. Tried in order on a whole expression
 * ("March 3, 2021", "4 January 2022", "Jun 4th 2020", "2020-06-11", "June 2020").
 */
const DATE_EXPRESSIONS: { pattern: string; groups: ('year' | 'month' | 'monthName' | 'day')[] }[] = [
  { pattern: '(\\d{4})-(\\d{2})-(\\d{2})(?:[T ][\\d:.]+(?:Z|[+-]\\d{2}:?\\d{2})?)?', groups: ['year', 'month', 'day'] },
  { pattern: `${DAY}\\s+(${MONTHS})\\.?,?\\s+(\\d{4})`, groups: ['day', 'monthName', 'year'] },
  { pattern: `(${MONTHS})\\.?\\s+${DAY},?\\s+(\\d{4})`, groups: ['monthName', 'day', 'year'] },
  { pattern: `(${MONTHS})\\.?,?\\s+(\\d{4})`, groups: ['monthName', 'year'] },
  { pattern: '(\\d{4})-(\\d{2})', groups: ['year', 'month'] },
];

/**
 * Header lines that state a post's date: the date alone, behind a label ("Published: …",
 * "Europe: March 2022"), "Posted on … by …", or before a time ("October 8, 2020, 6:32 AM").
 * `{date}` stands for any of the expressions above.
 */
const HEADER_DATE_LINES: string[] = [
  '^(?:(?:posted|published|first published|date(?:d)?|publication date)(?:\\s+on)?\\s*:?\\s*)?{date}(?:\\s*(?:[,|·•/]|\\bat\\b)\\s*\\d{1,2}[:.]\\d{2}\\s*(?:[ap]\\.?m\\.?)?)?\\.?$',
  '^posted\\s+on\\s+{date}\\s+(?:by|in)\\s+.{1,80}$',
  '^[\\p{L} ]{1,30}:\\s*{date}(?:[,|]\\s*.*)?$',
  '^{date}\\s*[|,]\\s*.{1,60}$',
];

/** Dates in file names: 2023-09-21-slug, 20230921_slug, slug_2021-01-22-…, archive-2020-06. */
const FILE_NAME_DATES: { pattern: RegExp; groups: ('year' | 'month' | 'day')[] }[] = [
  { pattern: /(?:^|[^\d])(\d{4})[-_.](\d{2})[-_.](\d{2})(?=[^\d]|$)/, groups: ['year', 'month', 'day'] },
  { pattern: /(?:^|[^\d])(\d{4})(\d{2})(\d{2})(?=[-_ .]|$)/, groups: ['year', 'month', 'day'] },
  { pattern: /(?:^|[^\d])(\d{4})-(\d{2})(?=[^\d-]|$)/, groups: ['year', 'month'] },
];

const anyDate = DATE_EXPRESSIONS.map((expression) => `(?:${expression.pattern})`).join('|');
const headerLinePatterns = HEADER_DATE_LINES.map((line) => new RegExp(line.replace('{date}', `(${anyDate})`), 'iu'));
const wholeExpressions = DATE_EXPRESSIONS.map((expression) => ({ ...expression, regex: new RegExp(`^${expression.pattern}$`, 'i') }));
const embeddedDate = new RegExp(`\\b(?:${anyDate})(?!\\d)`, 'i');

/** Builds an ISO date with the given precision, or undefined when it is not a real calendar date. */
export function isoFromParts(year: string, month?: string | number, day?: string | number): string | undefined {
  const y = Number(year);
  if (!Number.isInteger(y) || y < MIN_YEAR || y > MAX_YEAR) return undefined;
  if (month === undefined) return String(y);
  const m = Number(month);
  if (!Number.isInteger(m) || m < 1 || m > 12) return undefined;
  const monthText = `${y}-${String(m).padStart(2, '0')}`;
  if (day === undefined) return monthText;
  const d = Number(day);
  const daysInMonth = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (!Number.isInteger(d) || d < 1 || d > daysInMonth) return undefined;
  return `${monthText}-${String(d).padStart(2, '0')}`;
}

/** A whole date expression → ISO date ("Jun 4th 2020" → 2020-06-04, "2021" → 2021). */
export function parseDateExpression(text: string): string | undefined {
  const trimmed = text.trim();
  if (/^\d{4}$/.test(trimmed)) return isoFromParts(trimmed);
  for (const expression of wholeExpressions) {
    const match = expression.regex.exec(trimmed);
    if (!match) continue;
    const parts: Partial<Record<'year' | 'month' | 'monthName' | 'day', string>> = {};
    expression.groups.forEach((group, index) => {
      const value = match[index + 1];
      if (value !== undefined) parts[group] = value;
    });
    const month = parts.monthName !== undefined ? MONTH_NUMBER[parts.monthName.toLowerCase()] : parts.month;
    if (parts.year === undefined || month === undefined) return undefined;
    return isoFromParts(parts.year, month, parts.day);
  }
  return undefined;
}

/** The date a header line states, when the line is a date line ("Posted on March 3, 2021 by …"). */
export function headerLineDate(line: string): string | undefined {
  const text = line.trim();
  if (text.length > 120) return undefined;
  for (const pattern of headerLinePatterns) {
    const match = pattern.exec(text);
    if (match?.[1] !== undefined) return parseDateExpression(match[1]);
  }
  return undefined;
}

/** A date inside a byline ("by Jane Doe / June 11, 2020 / Leave a comment"). */
export function bylineDate(line: string): string | undefined {
  const match = embeddedDate.exec(line);
  return match ? parseDateExpression(match[0]) : undefined;
}

/** The month an archive page's heading names ("Archive for June, 2020" → 2020-06). */
export function archiveHeadingDate(line: string): string | undefined {
  if (!ARCHIVE_HEADER.test(line)) return undefined;
  const match = new RegExp(`\\b(${MONTHS})\\.?,?\\s+(\\d{4})\\b`, 'i').exec(line);
  if (!match) return undefined;
  return isoFromParts(match[2] ?? '', MONTH_NUMBER[(match[1] ?? '').toLowerCase()]);
}

/** A date in a file name ("2023-09-21-talks.md", "20230921_talks.txt", "whitehouse_2021-01-22-…"). */
export function fileNameDate(path: string): string | undefined {
  const name = (path.split('/').pop() ?? path).replace(/\.[^.]+$/, '');
  for (const { pattern, groups } of FILE_NAME_DATES) {
    const match = pattern.exec(name);
    if (!match) continue;
    const at = (group: 'year' | 'month' | 'day'): string | undefined => {
      const index = groups.indexOf(group);
      return index < 0 ? undefined : match[index + 1];
    };
    const date = isoFromParts(at('year') ?? '', at('month'), at('day'));
    if (date !== undefined) return date;
  }
  return undefined;
}
