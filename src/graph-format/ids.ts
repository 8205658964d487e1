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
  const slug = slugify(label) || encodeURIComponent(label);
  // Ids stay short enough for URLs and the schema's 300-character limit, even when a run of
  // capitalised text is mistaken for one enormous name; the hash keeps long ones distinct.
  const id = slug.length > MAX_SLUG ? `${slug.slice(0, MAX_SLUG - 9)}-${fnv1a(label)}` : slug;
  return `${type}:${id}`;
}

const MAX_SLUG = 160;

/** 32-bit FNV-1a hash of a string, as 8 hex digits. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/** Undirected edge id: the two node ids in sorted order. */
export function edgeId(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}
