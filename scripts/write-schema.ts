/** Regenerates data/graph.schema.json from the zod schema (the single source of truth). */
import { writeFileSync } from 'node:fs';
import { graphJsonSchemaText } from '../src/graph-format/json-schema.ts';

writeFileSync(new URL('../data/graph.schema.json', import.meta.url), graphJsonSchemaText());
console.log('wrote data/graph.schema.json');
