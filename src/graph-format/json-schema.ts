import { z } from 'zod';
import { graphSchema } from './schema.ts';

/** The JSON Schema (draft 2020-12) text of the graph contract, as committed in data/graph.schema.json. */
export function graphJsonSchemaText(): string {
  const schema = z.toJSONSchema(graphSchema, { target: 'draft-2020-12' });
  return `${JSON.stringify({ ...schema, $id: 'https://silkmap.local/graph.schema.json', title: 'Silkmap actor graph' }, null, 2)}\n`;
}
