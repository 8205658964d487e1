/**
 * Runs the real-browser tests: builds the explorer, serves the build with `vite preview`
 * on a free local port, then runs tests/e2e/*.e2e.ts with vitest against it.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { generateGraph } from '../fixtures/graphs/generate.ts';
import { encodeGraph, serializeGraph } from '../../src/graph-format/index.ts';
import { graphOverview } from '../../src/graph-format/overview.ts';
import { layOutStoredOverview } from '../../src/layout/overview-layout.ts';
import { realCorpusFolder, realCorpusGraph } from '../../bench/real-corpus.ts';
import { startPreview } from './preview-server.ts';

function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

if (!existsSync('data/graph.json')) run('npx', ['tsx', 'src/extract/cli/main.ts']);
run('npx', ['vite', 'build', '--logLevel', 'warn']);

// Test graphs (malformed, hostile, tiny) are served from dist/fixtures/ so that tests can
// open them with ?graph=fixtures/NAME.json. vite preview lists files at start, so copy first.
mkdirSync('dist/fixtures', { recursive: true });
for (const folder of ['tests/fixtures/graphs', 'tests/fixtures/hostile']) {
  if (!existsSync(folder)) continue;
  for (const name of readdirSync(folder)) if (name.endsWith('.json')) cpSync(`${folder}/${name}`, `dist/fixtures/${name}`);
}

// A generated graph big enough (2,500 actors) to be drawn by the raster worker.
writeFileSync('dist/fixtures/generated-2500.json', serializeGraph(generateGraph(2500, 6000)));
// A compact file with its overview at the head, as the extractor writes a big graph, and the same
// file broken after its head (a mention outside its passage): a first picture, then the error.
// 5,000 actors: with 1,000 the whole file was read and validated before the first picture could be
// drawn on a quick machine (Chromium 156, 2026-12-07), so the test saw no picture at all.
const withOverview = generateGraph(5000, 15000, 7);
writeFileSync('dist/fixtures/generated-5000-overview.json', `${JSON.stringify(encodeGraph(withOverview, graphOverview(withOverview, layOutStoredOverview)))}\n`);
// Big (5,000 actors) so that reading and validating the rest takes far longer than the first
// picture's lazily loaded code: with 1,000 actors the error came first on a busy machine.
const broken = generateGraph(5000, 15000, 7);
const brokenOverview = graphOverview(broken, layOutStoredOverview);
broken.nodes[3]!.mentions[0]!.end = 1_000_000;
writeFileSync('dist/fixtures/generated-5000-broken.json', `${JSON.stringify(encodeGraph(broken, brokenOverview))}\n`);

// The real corpus's graph ($SILKMAP_REAL_GRAPH, else extracted once into .cache/), when the
// corpus is there (../shared/real-corpus or $SILKMAP_REAL_CORPUS); tests that need it skip without.
const realCorpus = realCorpusFolder();
const realGraph = process.env.SILKMAP_REAL_GRAPH ?? (realCorpus ? realCorpusGraph(realCorpus) : null);
if (realGraph) cpSync(realGraph, 'dist/fixtures/real-corpus.json');
else console.log('run.ts: no real corpus (../shared/real-corpus or $SILKMAP_REAL_CORPUS): tests on its graph will skip');

const server = await startPreview({ showErrors: true });
process.on('SIGINT', () => { server.stop(); process.exit(130); });
const url = server.url;
const extra = process.argv.slice(2);
const tests = spawnSync('npx', ['vitest', 'run', '--config', 'tests/e2e/vitest.config.ts', ...extra], {
  stdio: 'inherit',
  env: { ...process.env, SILKMAP_E2E_URL: url, ...(realGraph ? { SILKMAP_E2E_REAL_GRAPH: 'fixtures/real-corpus.json' } : {}) },
});
server.stop();
process.exit(tests.status ?? 1);
