/**
 * The extraction run behind `npm run extract` (main.ts parses the arguments): read the
 * corpus, take what the cache already has, analyse the rest in a worker pool (or in this
 * thread when the work is small), then resolve, link, validate and write the graph.
 */
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { encodeGraph, parseOverrides, type EvidenceRelation, type Graph, type Overrides } from '../../graph-format/index.ts';
import { graphOverview } from '../../graph-format/overview.ts';
import { layOutStoredOverview } from '../../layout/overview-layout.ts';
import { ASSEMBLY_STAGES, assembleGraphWith, documentCacheKey, EXTRACTOR_VERSION, type DocumentAnalysis, type DocumentCache, type ExtractOptions, type ExtractResult, type SkippedFile } from '../index.ts';
import { extractorFingerprint, extractSourceFolder, FileDocumentCache } from './cache.ts';
import { CACHE_FOLDER, DEFAULT_OVERRIDES, EXIT_FAILED, EXIT_OK, EXIT_SKIPPED_FILES, type CliOptions } from './options.ts';
import { workerCount as poolWorkerCount } from '../pool-size.ts';
import { analyseInPool, startWorker, workerHeapLimitMb } from './pool.ts';
import { relateInPool, relateWorkerCount, sentenceBatches } from './relate-pool.ts';
import { pairCount, type SentencePairs } from '../relate/index.ts';
import type { PoolTask, PoolWorkerData } from './pool-messages.ts';
import { progressBar } from './progress.ts';
import { stageLog } from './stages.ts';
import { collectGarbage } from './collect-garbage.ts';
import { analyseInSnapshot, runningAnalysers, usableSnapshot, type ChildResources } from './snapshot-process.ts';
import { resultSpill } from './result-spill.ts';
import { sampleTreeMemory } from './tree-memory.ts';
import { CORPUS_EXTENSIONS, FOLDER_NOTES_REASON, readCorpus } from './read-corpus.ts';
import { writeJsonAtomicallySync } from './write.ts';

class CliError extends Error {}

/**
 * The assembly stages (pipeline.ts) that leave the most garbage: collected before the next one
 * piles more on. After resolving, so that the graph stage (the run's peak) starts from a heap of
 * what is live, not one V8 has let grow with the workers' results and the resolver's intermediates.
 */
const GARBAGE_AFTER = new Set<string>([ASSEMBLY_STAGES.resolve, ASSEMBLY_STAGES.graph, ASSEMBLY_STAGES.validate]);

export async function run(options: CliOptions): Promise<number> {
  try {
    return await extract(options);
  } catch (error) {
    process.stderr.write(`extract: ${error instanceof CliError ? error.message : `failed: ${(error as Error).message}`}\n`);
    return EXIT_FAILED;
  }
}

async function extract(options: CliOptions): Promise<number> {
  const started = performance.now();
  const stage = stageLog();
  const input = resolve(options.in);
  if (!existsSync(input)) throw new CliError(`input folder "${options.in}" does not exist`);
  if (!statSync(input).isDirectory()) throw new CliError(`input "${options.in}" is not a folder`);

  const overrides = readOverrides(options.overrides);
  const corpus = await readCorpus(input);
  stage('read corpus');
  if (corpus.files.length === 0) {
    throw new CliError(`no readable ${CORPUS_EXTENSIONS.join('/')} files in "${options.in}"${describeIgnored(corpus.ignored)}${describeSkipped(corpus.skipped)}`);
  }

  const extractOptions: ExtractOptions = {
    onStage: (name) => {
      if (GARBAGE_AFTER.has(name)) collectGarbage();
      stage(name);
    },
    collectGarbage,
  };
  let cacheLocation: PoolWorkerData['cache'];
  if (options.cache) {
    cacheLocation = { folder: resolve(CACHE_FOLDER), version: `${EXTRACTOR_VERSION}-${extractorFingerprint(extractSourceFolder())}` };
    extractOptions.cache = new FileDocumentCache(cacheLocation.folder, cacheLocation.version);
  }
  if (overrides !== undefined) extractOptions.overrides = overrides.overrides;

  // readCorpus sorts by path: analyses[i] belongs to files[i] whatever order they finish in.
  const files = corpus.files;
  const analyses: DocumentAnalysis[] = new Array<DocumentAnalysis>(files.length);
  const bar = progressBar(files.length);
  const children: ChildResources[] = [];
  /** This process's peak while the children ran: theirs add to it, not to a later peak of its own. */
  let peakWhileChildrenRanMb = 0;
  /** This process and its children together, sampled (bench:extract only). */
  const treeMemory = process.env.SILKMAP_REPORT_RESOURCES ? sampleTreeMemory(runningAnalysers) : undefined;
  let treePeakMb: number | undefined;
  try {
    const toAnalyse: { index: number; task: PoolTask }[] = [];
    files.forEach((file, index) => {
      const key = extractOptions.cache ? documentCacheKey(extractOptions.cache, file) : undefined;
      const cached = key === undefined ? undefined : extractOptions.cache?.get(key);
      if (cached) {
        analyses[index] = cached;
        files[index] = { path: file.path, bytes: new Uint8Array(0) };
        bar.done(file.path);
      } else toAnalyse.push({ index, task: { path: file.path, bytes: file.bytes, ...(key === undefined ? {} : { key }) } });
    });
    const jobs = workerCount(options.jobs, toAnalyse.map(({ task }) => task.bytes.length));
    const store = (i: number, analysis: DocumentAnalysis): void => {
      const { index, task } = toAnalyse[i]!;
      analyses[index] = analysis;
      // The bytes are not needed again: let them go as the run proceeds.
      files[index] = { path: task.path, bytes: new Uint8Array(0) };
      bar.done(task.path);
    };
    if (jobs > 1) {
      // Kept as the workers' UTF-8 JSON, in a temporary file, until they have stopped (and their
      // memory is returned): this process's memory adds to theirs while they run.
      const spill = resultSpill();
      try {
        const decoder = new TextDecoder();
        await analyseInPool(toAnalyse.map(({ task }) => task), jobs, cacheLocation ? { cache: cacheLocation } : {}, (i, json) => {
          spill.put(i, json);
          files[toAnalyse[i]!.index] = { path: toAnalyse[i]!.task.path, bytes: new Uint8Array(0) };
          bar.done(toAnalyse[i]!.task.path);
        }, (data) => startWorker(data, (resources) => children.push(resources)));
        peakWhileChildrenRanMb = process.resourceUsage().maxRSS / 1024;
        treePeakMb = treeMemory?.stop();
        stage(children.length > 0 ? `map (worker pool: ${describeChildren(children)})` : 'map (worker pool)');
        toAnalyse.forEach(({ index }, i) => {
          analyses[index] = JSON.parse(decoder.decode(spill.take(i))) as DocumentAnalysis;
        });
      } finally {
        spill.close();
      }
      stage('parse worker results');
    } else if (toAnalyse.length > 0) {
      children.push(...await analyseHere(toAnalyse.map(({ task }) => task), cacheLocation, extractOptions.cache, store));
      peakWhileChildrenRanMb = process.resourceUsage().maxRSS / 1024;
      treePeakMb = treeMemory?.stop();
      stage(children.length > 0 ? `analyse documents (${describeChildren(children)})` : 'analyse documents');
    }
  } finally {
    bar.stop();
    treeMemory?.stop();
  }
  // Handed over whole (splice empties this array), so the analyses can be freed as the graph is built;
  // the relations of the sentences' pairs on worker threads when there are enough (relate-pool.ts).
  const relate = async (sentences: SentencePairs[], jobs: number): Promise<EvidenceRelation[][]> => {
    const threads = Math.min(jobs, sentenceBatches(sentences).length);
    const relations = await relateInPool(sentences, jobs);
    stage(`relations (${threads} worker thread${threads === 1 ? '' : 's'})`);
    return relations;
  };
  const result: Omit<ExtractResult, 'graph'> & { graph?: Graph } = await assembleGraphWith(files.map((file) => file.path), analyses.splice(0), extractOptions, (sentences) => {
    const jobs = relateWorkerCount(options.jobs, sentences.reduce((pairs, sentence) => pairs + pairCount(sentence.actors.length), 0), availableParallelism());
    return jobs > 0 ? relate(sentences, jobs) : undefined;
  });

  const skipped = [...corpus.skipped, ...result.skipped].sort((a, b) => (a.path < b.path ? -1 : 1));
  if (!result.graph || result.graph.documents.length === 0) throw new CliError(`no usable documents in "${options.in}"${describeSkipped(skipped)}`);

  const output = resolve(options.out);
  mkdirSync(dirname(output), { recursive: true });
  const encoded = encodeTaken(result, stage);
  // What only the graph held (its objects, as opposed to the strings the encoding shares) is
  // garbage now: collected before the file is written, which was the run's peak (~380 MB).
  collectGarbage();
  stage('encode');
  writeJsonAtomicallySync(output, encoded);
  stage('write');

  for (const note of result.notes) process.stderr.write(`extract: note: ${note}\n`);
  for (const { index, op, reason } of result.overrides?.warnings ?? []) process.stderr.write(`extract: warning: override ${index + 1} (${op}) skipped: ${reason}\n`);
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  const { stats } = result;
  const actors = Object.entries(stats.actorsByType).map(([type, count]) => `${count} ${type}`).join(', ');
  process.stdout.write(
    `extract: ${stats.documents} documents, ${stats.passages} passages, actors: ${actors}, ${stats.edges} edges${describeOverrides(overrides, result)}, ${seconds} s → ${options.out}${describeIgnored(corpus.ignored)}${describeSkipped(skipped)}\n`,
  );
  if (process.env.SILKMAP_REPORT_RESOURCES) reportResources(children, peakWhileChildrenRanMb, treePeakMb);
  return skipped.length > 0 ? EXIT_SKIPPED_FILES : EXIT_OK;
}

/**
 * The compact file's contents (format version 3; the explorer and parseGraphJson decode it), with
 * a big graph's overview laid out at the file's head (the explorer's first picture). The graph is
 * taken out of `result`, so that nothing holds it once this returns.
 */
function encodeTaken(result: { graph?: Graph }, stage: (name: string) => void): ReturnType<typeof encodeGraph> {
  const graph = result.graph;
  if (!graph) throw new Error('the graph was already encoded');
  delete result.graph;
  const overview = graphOverview(graph, layOutStoredOverview);
  // The layout's simulation is garbage: collected before the encoding adds its copy of the graph.
  collectGarbage();
  stage('overview layout');
  return encodeGraph(graph, overview);
}

/**
 * The analyses of a run too small for the pool: in a child started from the analyser's
 * snapshot when there is one (compromise already loaded; it fills the cache), else (or for
 * what the child did not finish) in this thread. Either way each result is the same analysis.
 */
async function analyseHere(
  tasks: PoolTask[], cacheLocation: PoolWorkerData['cache'], cache: DocumentCache | undefined, store: (index: number, analysis: DocumentAnalysis) => void,
): Promise<ChildResources[]> {
  const done = new Set<number>();
  const available = usableSnapshot();
  // Under the snapshot's heap limit, as the pool's workers (a larger document is analysed here, without one).
  const snapshot = available && workerHeapLimitMb(Math.max(0, ...tasks.map((task) => task.bytes.length))) <= available.heapLimitMb ? available : undefined;
  let resources: ChildResources[] = [];
  if (snapshot !== undefined) {
    // One child: two (one per core) cost more CPU than they saved in wall time on the sample under
    // load (each compiles and optimises the same code again).
    const decoder = new TextDecoder();
    const child = await analyseInSnapshot(snapshot, tasks, cacheLocation ? { cache: cacheLocation } : {}, (index, json) => {
      done.add(index);
      store(index, JSON.parse(decoder.decode(json)) as DocumentAnalysis);
    });
    if (child) resources = [child];
  }
  const left = tasks.map((task, index) => ({ task, index })).filter(({ index }) => !done.has(index));
  if (left.length === 0) return resources;
  if (snapshot !== undefined) process.stderr.write('extract: note: the analyser snapshot stopped early; analysing the rest here\n');
  const { analyseInThisThread } = await import('./analyse-here.ts');
  analyseInThisThread(left.map(({ task }) => task), cache, (i, analysis) => store(left[i]!.index, analysis));
  return resources;
}

/** The analyser children's CPU, each its own (the longest is what the wall time waits for). */
function describeChildren(children: readonly ChildResources[]): string {
  const cpuOf = (child: ChildResources): string => (child.userSeconds + child.systemSeconds).toFixed(2);
  return `analyser snapshot: ${children.length} children, CPU ${children.map(cpuOf).join(' + ')} s`;
}

/**
 * For bench:extract: this process's CPU time (every thread) and peak memory, as one JSON line
 * on stderr, with the analyser children's CPU added. The children ran only during the map:
 * the peak of all the processes together is the larger of this process's own peak and the
 * largest sum sampled while they ran (tree-memory.ts); `maxRssBoundMb` is what it cannot
 * exceed (this process's peak while they ran plus each child's own peak), used where sampling is not possible.
 */
function reportResources(children: readonly ChildResources[], peakWhileChildrenRanMb: number, treePeakMb: number | undefined): void {
  const usage = process.resourceUsage();
  const sum = (pick: (child: ChildResources) => number): number => children.reduce((total, child) => total + pick(child), 0);
  const ownPeakMb = usage.maxRSS / 1024;
  const boundMb = Math.max(ownPeakMb, children.length > 0 ? peakWhileChildrenRanMb + sum((child) => child.maxRssMb) : 0);
  const resources = {
    userSeconds: usage.userCPUTime / 1e6 + sum((child) => child.userSeconds),
    systemSeconds: usage.systemCPUTime / 1e6 + sum((child) => child.systemSeconds),
    // The bound wins over a sample a little above it (the kernel counts a process's peak and its current size a little differently).
    maxRssMb: children.length > 0 && treePeakMb !== undefined ? Math.min(boundMb, Math.max(ownPeakMb, treePeakMb)) : boundMb,
    maxRssBoundMb: boundMb,
    childrenMaxRssMb: children.map((child) => Math.round(child.maxRssMb)),
  };
  process.stderr.write(`extract: resources ${JSON.stringify(resources)}\n`);
}

/** `--jobs N`, or one per core for a corpus large enough (pool-size.ts); one means this thread. */
export function workerCount(requested: number | undefined, sizes: readonly number[], cores: number = availableParallelism()): number {
  return poolWorkerCount(requested, sizes, cores);
}

function readOverrides(explicit: string | undefined): { path: string; overrides: Overrides } | undefined {
  const path = explicit ?? (existsSync(DEFAULT_OVERRIDES) ? DEFAULT_OVERRIDES : undefined);
  if (path === undefined) return undefined;
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new CliError(`cannot read overrides file "${path}" (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text) as unknown;
  } catch (error) {
    throw new CliError(`overrides file "${path}" is not valid JSON: ${(error as Error).message}`);
  }
  const parsed = parseOverrides(json);
  if (!parsed.ok) throw new CliError(`overrides file "${path}" is not a Silkmap overrides document: ${parsed.errors.join('; ')}`);
  return { path, overrides: parsed.overrides };
}

function describeOverrides(read: ReturnType<typeof readOverrides>, result: Pick<ExtractResult, 'overrides'>): string {
  if (!read || !result.overrides) return '';
  const { applied, warnings } = result.overrides;
  return `, overrides ${read.path}: ${applied} applied${warnings.length > 0 ? `, ${warnings.length} skipped (warnings above)` : ''}`;
}

function describeIgnored(ignored: readonly SkippedFile[]): string {
  if (ignored.length === 0) return '';
  return `; left out ${ignored.length} as ${FOLDER_NOTES_REASON}: ${ignored.map(({ path }) => path).join(', ')}`;
}

function describeSkipped(skipped: readonly SkippedFile[]): string {
  if (skipped.length === 0) return '';
  return `; skipped ${skipped.length}: ${skipped.map(({ path, reason }) => `${path} (${reason})`).join(', ')}`;
}
