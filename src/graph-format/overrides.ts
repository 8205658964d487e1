/**
 * The overrides document: an analyst's corrections to an extracted graph, kept apart from
 * the graph so that they survive re-extraction (`npm run extract -- --overrides FILE`) and
 * can be exported from the explorer. Operations apply in order; each names actors by the
 * id they have at that point (a rename or retype gives the actor a new id, derived like
 * every node id from type + label).
 */
import { z } from 'zod/mini';
import { actorTypeSchema, evidenceRelationSchema } from './schema.ts';

export const OVERRIDES_FORMAT = 'silkmap-overrides';

const actorId = z.string().check(z.minLength(1), z.maxLength(300));

export const overrideOperationSchema = z.discriminatedUnion('op', [
  /** Fold the `from` actors into `into`: their mentions and aliases join it. */
  z.object({ op: z.literal('merge'), into: actorId, from: z.array(actorId).check(z.minLength(1)) }),
  z.object({ op: z.literal('rename'), id: actorId, label: z.string().check(z.trim(), z.minLength(1), z.maxLength(200)) }),
  z.object({ op: z.literal('retype'), id: actorId, type: actorTypeSchema }),
  /** Move every mention whose surface form is `alias` into an actor of its own. */
  z.object({ op: z.literal('split'), id: actorId, alias: z.string().check(z.minLength(1)), label: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(200))), type: z.optional(actorTypeSchema) }),
  /** Drop an actor as noise, with its links. */
  z.object({ op: z.literal('hide'), id: actorId }),
  /**
   * Correct the relation one sentence states between two actors (ids as they are at this
   * point; later renames and merges carry it along). `relation.from`/`to` name those actors.
   */
  z.object({
    op: z.literal('relation'),
    passageId: actorId,
    sentence: z.int().check(z.nonnegative()),
    between: z.tuple([actorId, actorId]),
    relation: evidenceRelationSchema,
  }),
]);

export const overridesSchema = z.object({
  format: z.literal(OVERRIDES_FORMAT),
  version: z.literal(1),
  operations: z.array(overrideOperationSchema),
});

export type OverrideOperation = z.infer<typeof overrideOperationSchema>;
export type Overrides = z.infer<typeof overridesSchema>;

export type OverridesParseResult = { ok: true; overrides: Overrides } | { ok: false; errors: string[] };

export function emptyOverrides(): Overrides {
  return { format: OVERRIDES_FORMAT, version: 1, operations: [] };
}

export function parseOverrides(input: unknown): OverridesParseResult {
  const parsed = overridesSchema.safeParse(input);
  if (parsed.success) return { ok: true, overrides: parsed.data };
  return {
    ok: false,
    errors: parsed.error.issues.slice(0, 20).map((issue) => `${issue.path.length > 0 ? issue.path.join('.') : '(root)'}: ${issue.message}`),
  };
}

export function parseOverridesJson(text: string): OverridesParseResult {
  try {
    // A byte-order mark, as some editors write, is not part of the JSON.
    return parseOverrides(JSON.parse(text.replace(/^\uFEFF/, '')));
  } catch (error) {
    return { ok: false, errors: [`not valid JSON: ${(error as Error).message}`] };
  }
}
