/**
 * Older graph files, brought up to the current format on load. Version 1 had no relation
 * types: its links read as untyped (no `relation` on evidence, no `relations` on edges),
 * which every reader treats as "not classified", not as `none`.
 */
import { GRAPH_FORMAT, GRAPH_FORMAT_VERSION } from './schema.ts';

/** Returns `input` itself when it is not an older Silkmap graph; otherwise a migrated shallow copy. */
export function migrateGraph(input: unknown): unknown {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return input;
  const record = input as Record<string, unknown>;
  if (record.format !== GRAPH_FORMAT || record.version !== 1) return input;
  return { ...record, version: GRAPH_FORMAT_VERSION };
}
