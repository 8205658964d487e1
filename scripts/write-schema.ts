/** Regenerates data/*.schema.json from the zod schemas (the single source of truth). */
import { writeFileSync } from 'node:fs';
import { graphJsonSchemaText, overridesJsonSchemaText } from '../src/graph-format/json-schema.ts';

writeFileSync(new URL('../data/graph.schema.json', import.meta.url), graphJsonSchemaText());
writeFileSync(new URL('../data/overrides.schema.json', import.meta.url), overridesJsonSchemaText());
console.log('wrote data/graph.schema.json and data/overrides.schema.json');
