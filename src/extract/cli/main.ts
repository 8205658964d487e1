/**
 * `npm run extract -- [--in data/corpus] [--out data/graph.json] [--overrides FILE] [--no-cache] [--jobs N]`
 *
 * Exit codes: 0 graph written; 1 nothing written (bad arguments, missing folder, no
 * readable files, invalid overrides, write error); 2 graph written but some files skipped.
 *
 * Only the argument parser is loaded at start; the extraction (run.ts) is imported once the
 * arguments are known, so `--help` and bad arguments answer at once.
 */
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { Command, InvalidArgumentError } from 'commander';
import { CACHE_FOLDER, DEFAULT_OVERRIDES, EXIT_FAILED, EXIT_OK, EXIT_SKIPPED_FILES, type CliOptions } from './options.ts';
import { CORPUS_EXTENSIONS } from './read-corpus.ts';

export { EXIT_FAILED, EXIT_OK, EXIT_SKIPPED_FILES } from './options.ts';

function parseJobs(value: string): number {
  const jobs = Number(value);
  if (!Number.isInteger(jobs) || jobs < 1 || jobs > 256) throw new InvalidArgumentError('expected a whole number from 1 to 256.');
  return jobs;
}

export async function main(argv: string[]): Promise<number> {
  const program = new Command()
    .name('extract')
    .description('Turn a folder of texts into Silkmap\'s actor graph JSON.')
    .option('--in <folder>', `corpus folder, read recursively (${CORPUS_EXTENSIONS.join(', ')})`, 'data/corpus')
    .option('--out <file>', 'graph JSON to write (atomically, after validation)', 'data/graph.json')
    .option('--overrides <file>', `corrections to apply (merge, rename, retype, split, hide; schema in data/overrides.schema.json; default: ${DEFAULT_OVERRIDES} when it exists)`)
    .option('--no-cache', `do not read or write the per-document cache in ${CACHE_FOLDER}/`)
    .option('--jobs <n>', `worker threads reading documents (default: one per core, ${availableParallelism()} here; a small corpus is read in one thread)`, parseJobs)
    .addHelpText('after', [
      '',
      'Exit codes:',
      `  ${EXIT_OK}  graph written, every file used`,
      `  ${EXIT_SKIPPED_FILES}  graph written, but some files were skipped (listed in the summary)`,
      `  ${EXIT_FAILED}  nothing written (missing folder, no readable files, bad overrides, write error)`,
    ].join('\n'))
    .exitOverride()
    .configureOutput({ writeErr: (text) => process.stderr.write(text) });

  try {
    program.parse(argv, { from: 'user' });
  } catch (error) {
    const code = (error as { exitCode?: number }).exitCode;
    return code === 0 ? EXIT_OK : EXIT_FAILED;
  }
  const { run } = await import('./run.ts');
  return run(program.opts<CliOptions>());
}

// Run when executed directly (tsx src/extract/cli/main.ts, or the built dist-cli/main.js), not when imported by tests.
if (process.argv[1] && /^main\.[jt]s$/.test(resolve(process.argv[1]).split(/[\\/]/).pop() ?? '') && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname)) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
