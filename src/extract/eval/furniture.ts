/**
 * Page furniture (issue 12, lead's decision of 2026-12-07): bylines, author bios and credit lines, photo credits,
 * reference lists, navigation and mastheads hold no actors for Silkmap's purpose, and the segmenter drops them by
 * design. Gold sets annotated before that decision list the actors named there; to report figures without them,
 * a RULE (not a hand-picked list) decides which gold actors occur only in furniture:
 *
 *   a gold actor is furniture-only when at least one of its surface forms occurs in the scored text, and every
 *   occurrence of every form lies on a line the segmenter dropped as furniture (a line kind in FURNITURE_KINDS,
 *   outside every passage).
 *
 * A form on a kept passage, a heading or a title counts as content: headlines are not furniture, so an actor
 * named only in a headline stays in the gold (the extractor's loss there is real). Pure: the caller gives each
 * document's text, its classified lines and its passages.
 */
import { normaliseSurface } from './normalise.ts';
import type { GoldActor, GoldSet } from './types.ts';

/**
 * Line kinds (segment/classify.ts) that are page furniture. Not "heading" and "body", nor "name" (a line holding only
 * a name is a byline in a news page but an infobox value or a committee member elsewhere: counted as content).
 */
export const FURNITURE_KINDS: ReadonlySet<string> = new Set([
  'byline', 'caption', 'note', 'url', 'bio', 'end-of-post', 'end-matter-heading', 'archive-header', 'screenshot', 'date',
]);

export interface FurnitureDocument {
  text: string;
  lines: ReadonlyArray<{ start: number; end: number; kind: string }>;
  passages: ReadonlyArray<{ sourceStart: number; sourceEnd: number }>;
}

export interface FurnitureActor {
  label: string;
  /** The furniture line kinds its forms were found on, sorted. */
  kinds: string[];
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Where `form` occurs in `text`, as a whole word sequence. */
function occurrences(text: string, form: string): number[] {
  const found: number[] = [];
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escape(form)}(?![\\p{L}\\p{N}])`, 'gu');
  for (const match of text.matchAll(pattern)) found.push(match.index);
  return found;
}

/** The furniture kind of the line holding `offset`, or undefined when that place is content. */
function furnitureAt(document: FurnitureDocument, offset: number): string | undefined {
  if (document.passages.some((p) => offset >= p.sourceStart && offset < p.sourceEnd)) return undefined;
  const line = document.lines.find((l) => offset >= l.start && offset < l.end);
  return line !== undefined && FURNITURE_KINDS.has(line.kind) ? line.kind : undefined;
}

/** Gold actors found only on furniture lines, in gold order. */
export function furnitureOnlyActors(gold: GoldSet, documents: readonly FurnitureDocument[]): FurnitureActor[] {
  const result: FurnitureActor[] = [];
  for (const actor of gold.actors) {
    const kinds = new Set<string>();
    let seen = false;
    let content = false;
    for (const form of new Set([actor.label, ...actor.aliases])) {
      for (const document of documents) {
        for (const offset of occurrences(document.text, form)) {
          seen = true;
          const kind = furnitureAt(document, offset);
          if (kind === undefined) content = true;
          else kinds.add(kind);
        }
      }
    }
    if (seen && !content) result.push({ label: actor.label, kinds: [...kinds].sort() });
  }
  return result;
}

/** The gold set without the listed actors (by label), for the figures without furniture. */
export function withoutActors(gold: GoldSet, labels: ReadonlySet<string>): GoldSet {
  return { ...gold, actors: gold.actors.filter((actor: GoldActor) => !labels.has(actor.label)) };
}

/** Forms of the listed actors, so a node matching only them is neither right nor wrong in the second figure. */
export function formsOf(gold: GoldSet, labels: ReadonlySet<string>): Set<string> {
  const forms = new Set<string>();
  for (const actor of gold.actors) if (labels.has(actor.label)) for (const form of [actor.label, ...actor.aliases]) forms.add(normaliseSurface(form));
  return forms;
}
