/**
 * The graph JSON contract, as a zod schema. It is the single source of truth:
 * the TypeScript types are inferred from it (types.ts) and data/graph.schema.json
 * is generated from it (`npm run schema`), so the three can never drift apart.
 *
 * Structural rules live here; rules that relate one part of the graph to another
 * (ids that must exist, offsets that must fall inside a passage) live in validate.ts,
 * because JSON Schema cannot express them.
 */
import { z } from 'zod/mini';
import { RELATION_TYPES } from './format.ts';

// zod/mini keeps the page's loader worker small (the full zod was most of it); its messages
// come from the English locale, loaded once here.
z.config(z.locales.en());

import { GRAPH_FORMAT, GRAPH_FORMAT_VERSION } from './format.ts';

export { GRAPH_FORMAT, GRAPH_FORMAT_VERSION };

export const ACTOR_TYPES = ['state', 'organisation', 'firm', 'person'] as const;

const offset = z.int().check(z.nonnegative());
const id = z.string().check(z.minLength(1), z.maxLength(300));

/** YYYY, YYYY-MM or YYYY-MM-DD. */
const isoDate = z.string().check(z.regex(/^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/));

export const actorTypeSchema = z.enum(ACTOR_TYPES);

export const documentSchema = z.object({
  id,
  /** Path of the source file, relative to the corpus folder, with forward slashes. */
  path: z.string().check(z.minLength(1)),
  title: z.string(),
  /** Publication date with the precision the text gives (YYYY-MM-DD, YYYY-MM or YYYY), when it states one. */
  date: z.optional(isoDate),
  /** Number of characters of decoded text the offsets below refer to. */
  length: offset,
});

/** A span inside a passage's text: passage.text.slice(start, end). */
export const spanSchema = z.tuple([offset, offset]);

export const passageSchema = z.object({
  id,
  documentId: id,
  /** 0-based index of the post inside its document; passages of one post share it. */
  postIndex: offset,
  postTitle: z.string(),
  /** The post's publication date (same form as document.date); undated posts have none. */
  postDate: z.optional(isoDate),
  text: z.string(),
  /** Offsets of this passage in the document's decoded text (for HTML: the text it was turned into). */
  sourceStart: offset,
  sourceEnd: offset,
  /** Sentence spans inside `text`, in order, not overlapping. */
  sentences: z.array(spanSchema),
});

export const mentionSchema = z.object({
  passageId: id,
  /** passage.text.slice(start, end) is exactly the surface form. */
  start: offset,
  end: offset,
});

export const nodeSchema = z.object({
  /** Stable: derived from type + canonical label (see ids.ts). */
  id,
  label: z.string().check(z.minLength(1)),
  type: actorTypeSchema,
  aliases: z.array(z.string()),
  mentionCount: offset,
  documentCount: offset,
  mentions: z.array(mentionSchema),
});

/** The relation vocabulary; labels and classes are in relations.ts. */
export const relationTypeSchema = z.enum(RELATION_TYPES);

/**
 * What one sentence says about the link's two actors. `from` (who acts) and `to` (who is
 * acted upon) are the node ids of the edge's two ends; both absent for mutual relations
 * ("China and Kazakhstan signed a treaty") and for `none`. `negated`: the sentence says the
 * action did not happen ("Russia did not sanction Kazakhstan"), which keeps its type.
 */
export const evidenceRelationSchema = z.object({
  type: relationTypeSchema,
  from: z.optional(id),
  to: z.optional(id),
  negated: z.optional(z.literal(true)),
});

export const evidenceSchema = z.object({
  passageId: id,
  /** Index of the sentence in passage.sentences. */
  sentence: offset,
  /** The sentence's span in passage.text (a copy of passage.sentences[sentence]). */
  start: offset,
  end: offset,
  /** Absent when the sentence was not typed (graphs of version 1). */
  relation: z.optional(evidenceRelationSchema),
});

/**
 * One line of an edge's relation summary: `count` evidence sentences have exactly this
 * type, direction and negation. Derived from the evidence (validate.ts checks it matches),
 * so a reader can filter and colour links without reading every sentence.
 */
// Keys in the order summariseRelations writes them: zod's parse output follows the declared order, and a
// decoded graph must serialise to the same bytes as the extracted one.
export const edgeRelationCountSchema = z.object({
  type: relationTypeSchema,
  count: z.int().check(z.positive()),
  from: z.optional(id),
  to: z.optional(id),
  negated: z.optional(z.literal(true)),
});

export const edgeSchema = z.object({
  id,
  source: id,
  target: id,
  /** Number of distinct sentences in which both actors are mentioned. */
  weight: z.int().check(z.positive()),
  documentCount: z.int().check(z.positive()),
  evidence: z.array(evidenceSchema),
  /** Summary of the evidence's relations, most frequent first (see summariseRelations); absent when untyped. */
  relations: z.optional(z.array(edgeRelationCountSchema)),
});

export const graphSchema = z.object({
  format: z.literal(GRAPH_FORMAT),
  version: z.literal(GRAPH_FORMAT_VERSION),
  generator: z.object({ name: z.string(), version: z.string() }),
  documents: z.array(documentSchema),
  passages: z.array(passageSchema),
  nodes: z.array(nodeSchema),
  edges: z.array(edgeSchema),
});
