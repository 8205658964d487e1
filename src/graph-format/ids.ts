import type { ActorType } from './types.ts';

/** Lower-case ASCII slug: diacritics dropped, every other run of non-alphanumerics becomes one dash. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * Node ids are derived from type + canonical label so that they stay stable across
 * runs and can be used in URLs and override files.
 */
export function nodeId(type: ActorType, label: string): string {
  const slug = slugify(label);
  return `${type}:${slug || encodeURIComponent(label)}`;
}

/** Undirected edge id: the two node ids in sorted order. */
export function edgeId(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}
