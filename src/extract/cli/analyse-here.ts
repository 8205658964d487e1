/**
 * The per-document step in the CLI's own thread, for work too small to pay for starting
 * workers. Imported only when there is something to analyse, so a run served entirely from
 * the cache never loads compromise.
 */
import { analyseDocument } from '../analyse-document.ts';
import { extractorLexicon } from '../index.ts';
import type { DocumentAnalysis, DocumentCache } from '../types.ts';
import type { PoolTask } from './pool-messages.ts';

export function analyseInThisThread(tasks: readonly PoolTask[], cache: DocumentCache | undefined, onResult: (index: number, analysis: DocumentAnalysis) => void): void {
  tasks.forEach((task, index) => {
    const analysis = analyseDocument(task.bytes, task.path, extractorLexicon());
    if (cache && task.key !== undefined) cache.set(task.key, analysis);
    onResult(index, analysis);
  });
}
