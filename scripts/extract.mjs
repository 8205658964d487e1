/**
 * `npm run extract`: runs the built CLI (dist-cli/main.js), building it first when it is
 * missing or older than its sources, so an edited rule is never run stale.
 */
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { buildCli, cliBuildIsStale, OUT } from './build-cli.mjs';

if (cliBuildIsStale()) await buildCli();
const { main } = await import(pathToFileURL(join(OUT, 'main.js')).href);
process.exitCode = await main(process.argv.slice(2));
