import { toJSONSchema, type $ZodType } from 'zod/v4/core';
import { overridesSchema } from './overrides.ts';
import { graphSchema } from './schema.ts';

function schemaText(schema: $ZodType, id: string, title: string): string {
  const json = toJSONSchema(schema, { target: 'draft-2020-12' });
  return `${JSON.stringify({ ...json, $id: `https://silkmap.local/${id}`, title }, null, 2)}\n`;
}

/** The JSON Schema (draft 2020-12) of the graph contract, as committed in data/graph.schema.json. */
export function graphJsonSchemaText(): string {
  return schemaText(graphSchema, 'graph.schema.json', 'Silkmap actor graph');
}

/** The JSON Schema of the overrides document, as committed in data/overrides.schema.json. */
export function overridesJsonSchemaText(): string {
  return schemaText(overridesSchema, 'overrides.schema.json', 'Silkmap curation overrides');
}
