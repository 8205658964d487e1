/**
 * Reading a gold annotation file. A bad file gets a clear error naming the problem,
 * including a surface form given to two actors (the scorer could not tell them apart).
 */
import { z } from 'zod';
import { actorTypeSchema } from '../../graph-format/index.ts';
import { normaliseSurface } from './normalise.ts';
import type { GoldFile, GoldSet } from './types.ts';

const goldSchema = z.object({
  description: z.string().optional(),
  actors: z
    .array(
      z.object({
        label: z.string().min(1),
        type: actorTypeSchema,
        aliases: z.array(z.string().min(1)),
      }),
    )
    .min(1),
  // A non-actor is either {text, reason} or, in terser annotations, just its text.
  notActors: z
    .array(
      z.union([
        z.object({ text: z.string().min(1), reason: z.string() }),
        z.string().min(1).transform((text) => ({ text, reason: '' })),
      ]),
    )
    .default([]),
  // Files of an outside corpus (read at run time), each optionally cut to a stretch.
  files: z
    .array(
      z
        .object({
          file: z.string().min(1),
          start: z.number().int().min(0).optional(),
          end: z.number().int().min(0).optional(),
          sha256: z.string().regex(/^[0-9a-f]{64}$/).optional(),
        })
        .refine((f) => f.start === undefined || f.end === undefined || f.start < f.end, 'start must be below end'),
    )
    .min(1)
    .optional(),
});

export class GoldFormatError extends Error {
  override name = 'GoldFormatError';
}

/** Validates parsed JSON as a gold set; throws GoldFormatError with every problem found. */
export function parseGold(input: unknown): GoldSet {
  const parsed = goldSchema.safeParse(input);
  if (!parsed.success) {
    const problems = parsed.error.issues.slice(0, 10).map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`);
    throw new GoldFormatError(`invalid gold file: ${problems.join('; ')}`);
  }
  const owners = new Map<string, string>();
  const problems: string[] = [];
  for (const actor of parsed.data.actors) {
    for (const form of new Set([actor.label, ...actor.aliases].map(normaliseSurface))) {
      const owner = owners.get(form);
      if (owner !== undefined) problems.push(`"${form}" names both "${owner}" and "${actor.label}"`);
      else owners.set(form, actor.label);
    }
  }
  if (problems.length > 0) throw new GoldFormatError(`ambiguous gold file: ${problems.slice(0, 10).join('; ')}`);
  const gold: GoldSet = {
    actors: parsed.data.actors.map((a) => ({ label: a.label, type: a.type, aliases: a.aliases })),
    notActors: parsed.data.notActors,
  };
  if (parsed.data.files !== undefined) gold.files = parsed.data.files.map(goldFile);
  return gold;
}

/** Copies only the fields that are set, as exactOptionalPropertyTypes asks. */
function goldFile(f: { file: string; start?: number | undefined; end?: number | undefined; sha256?: string | undefined }): GoldFile {
  const out: GoldFile = { file: f.file };
  if (f.start !== undefined) out.start = f.start;
  if (f.end !== undefined) out.end = f.end;
  if (f.sha256 !== undefined) out.sha256 = f.sha256;
  return out;
}
