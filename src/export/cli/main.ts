/**
 * npm run export -- --format gexf|graphml|csv|json|neo4j [--graph data/graph.json] --out FILE_OR_DIR
 *
 * Reads and validates a graph file, computes the network measures for formats that
 * carry them, and writes the export atomically. csv and neo4j write several files, so
 * --out is a folder for them. Exits 1 with a one-line reason on any problem.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Command, Option } from 'commander';
import { computeMeasures } from '../../analysis/index.ts';
import { parseGraphJson } from '../../graph-format/index.ts';
import { EXPORT_FORMATS, MULTI_FILE_FORMATS, exportGraph, type ExportFormat } from '../formats.ts';
import { writeFileAtomic } from './write-atomic.ts';

/** Formats whose files have columns or attributes for degree, PageRank, betweenness and community. */
const FORMATS_WITH_MEASURES: ReadonlySet<ExportFormat> = new Set(['gexf', 'graphml', 'csv']);

interface CliOptions {
  format: ExportFormat;
  graph: string;
  out: string;
  measures: boolean;
}

class UsageError extends Error {}

function run(options: CliOptions): void {
  let text: string;
  try {
    text = readFileSync(options.graph, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read ${options.graph}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  const parsed = parseGraphJson(text);
  if (!parsed.ok) {
    const more = parsed.errors.length > 1 ? ` (and ${parsed.errors.length - 1} more)` : '';
    throw new UsageError(`${options.graph} is not a valid Silkmap graph: ${parsed.errors[0] ?? 'unknown error'}${more}`);
  }
  const graph = parsed.graph;

  const multiFile = MULTI_FILE_FORMATS.has(options.format);
  if (multiFile && isFile(options.out)) throw new UsageError(`--out ${options.out} is a file; ${options.format} writes several files into a folder`);
  if (!multiFile && isDirectory(options.out)) throw new UsageError(`--out ${options.out} is a folder; ${options.format} writes one file`);

  const started = performance.now();
  const measures = options.measures && FORMATS_WITH_MEASURES.has(options.format) ? computeMeasures(graph) : undefined;
  const measuresMs = performance.now() - started;
  const files = exportGraph(options.format, graph, measures ? { measures } : {});

  const written: string[] = [];
  for (const file of files) {
    const path = multiFile ? join(options.out, file.name) : options.out;
    writeFileAtomic(path, file.content);
    written.push(path);
  }
  const timing = measures ? `; measures took ${measuresMs.toFixed(0)} ms (${measures.communityCount} communities, modularity ${measures.modularity.toFixed(3)})` : '';
  console.log(`export: ${graph.nodes.length} actors, ${graph.edges.length} links -> ${written.join(', ')}${timing}`);
}

function isFile(path: string): boolean {
  return statSync(path, { throwIfNoEntry: false })?.isFile() ?? false;
}

function isDirectory(path: string): boolean {
  return statSync(path, { throwIfNoEntry: false })?.isDirectory() ?? false;
}

const program = new Command()
  .name('npm run export --')
  .description('Export the actor network to Gephi (GEXF), GraphML, CSV, graph JSON or Neo4j import files.')
  .addOption(new Option('--format <format>', 'output format').choices(EXPORT_FORMATS).makeOptionMandatory())
  .option('--graph <file>', 'graph file to export', 'data/graph.json')
  .requiredOption('--out <path>', 'output file (gexf, graphml, json) or folder (csv, neo4j)')
  .option('--no-measures', 'skip degree, PageRank, betweenness and community attributes')
  .action((options: CliOptions) => {
    try {
      run(options);
    } catch (error) {
      console.error(`export: ${error instanceof UsageError ? error.message : `failed: ${(error as Error).message}`}`);
      process.exitCode = 1;
    }
  });

program.parse();
