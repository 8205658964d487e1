/**
 * One measurement of bench/extract.ts, in its own process: `mode scale corpusDir`.
 * Prints one JSON line. Module loading is outside the timed region for every mode,
 * so the bare parse and the extraction are compared on equal terms.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import nlp from 'compromise';
import { extractGraph, type DocumentAnalysis, type DocumentCache, type SourceFile } from '../src/extract/index.ts';

const [mode = 'extract', scaleText = '1', corpus = 'data/corpus'] = process.argv.slice(2);
const scale = Number(scaleText);

/** The corpus replicated `scale` times as distinct documents (distinct paths and a distinct first line). */
function replicatedCorpus(): SourceFile[] {
  const names = readdirSync(corpus).filter((name) => /\.(txt|md|html?)$/i.test(name)).sort();
  const files: SourceFile[] = [];
  for (let copy = 0; copy < scale; copy++) {
    for (const name of names) {
      const text = readFileSync(join(corpus, name), 'utf8');
      const distinct = copy === 0 ? text : `Copy ${copy}\n\n${text}`;
      files.push({ path: `copy-${copy}/${name}`, bytes: new TextEncoder().encode(distinct) });
    }
  }
  return files;
}

const files = replicatedCorpus();
const kilobytes = files.reduce((sum, file) => sum + file.bytes.length, 0) / 1024;
const peakRssMb = () => process.resourceUsage().maxRSS / 1024;

if (mode === 'bare') {
  const texts = files.map((file) => new TextDecoder().decode(file.bytes));
  const start = performance.now();
  const cpu = process.cpuUsage();
  for (const text of texts) nlp(text);
  const used = process.cpuUsage(cpu);
  // cpuSeconds / seconds: the share of one core this one thread got (below 1 on a loaded machine).
  console.log(JSON.stringify({ seconds: (performance.now() - start) / 1000, cpuSeconds: (used.user + used.system) / 1e6, peakRssMb: peakRssMb(), kilobytes }));
} else if (mode === 'warm') {
  // A cold run fills the per-document cache; the timed run then reuses it.
  const store = new Map<string, DocumentAnalysis>();
  const cache: DocumentCache = {
    keyOf: (bytes) => createHash('sha256').update(bytes).digest('hex'),
    get: (key) => store.get(key),
    set: (key, value) => void store.set(key, value),
  };
  const coldStart = performance.now();
  extractGraph(files, { cache });
  const coldSeconds = (performance.now() - coldStart) / 1000;
  const start = performance.now();
  extractGraph(files, { cache });
  console.log(JSON.stringify({ seconds: (performance.now() - start) / 1000, coldSeconds, peakRssMb: peakRssMb(), kilobytes }));
} else {
  const start = performance.now();
  extractGraph(files);
  console.log(JSON.stringify({ seconds: (performance.now() - start) / 1000, peakRssMb: peakRssMb(), kilobytes }));
}
