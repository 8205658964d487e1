/**
 * Dates for exports: the date of each evidence sentence and mention (its post's date, else
 * its document's), and spells for dynamic GEXF: the days each actor and link was written
 * about, as disjoint intervals. A month-precision date spans its month, a year its year.
 */
import type { Graph } from '../graph-format/index.ts';

export function passageDates(graph: Graph): Map<string, string | undefined> {
  const documentDate = new Map(graph.documents.map((document) => [document.id, document.date]));
  return new Map(graph.passages.map((passage) => [passage.id, passage.postDate ?? documentDate.get(passage.documentId)]));
}

export function hasDates(graph: Graph): boolean {
  return graph.documents.some((document) => document.date !== undefined) || graph.passages.some((passage) => passage.postDate !== undefined);
}

/** A date of any precision as the closed interval of days it stands for. */
export function dateSpan(date: string): [string, string] {
  if (date.length === 4) return [`${date}-01-01`, `${date}-12-31`];
  if (date.length === 7) {
    const last = new Date(Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)), 0)).getUTCDate();
    return [`${date}-01`, `${date}-${String(last).padStart(2, '0')}`];
  }
  return [date, date];
}

function nextDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

/** Disjoint, sorted intervals covering the given dates; touching or overlapping ones are merged. */
export function spells(dates: Iterable<string | undefined>): [string, string][] {
  const spans = [...new Set([...dates].filter((date): date is string => date !== undefined))].map(dateSpan).sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const merged: [string, string][] = [];
  for (const [start, end] of spans) {
    const last = merged[merged.length - 1];
    if (last && start <= nextDay(last[1])) { if (end > last[1]) last[1] = end; } else merged.push([start, end]);
  }
  return merged;
}
