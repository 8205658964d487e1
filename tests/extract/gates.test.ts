/**
 * Gates of `npm test` on what is committed: data/graph.json is what the extractor makes of
 * data/corpus today (extracted afresh here, so the gate stays right when the extractor and
 * the graph change together), and each hand-annotated eval set meets the bars the README states.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseOverridesJson, serializeGraphFile } from '../../src/graph-format/index.ts';
import { extractGraph, type ExtractOptions } from '../../src/extract/index.ts';
import { readCorpus } from '../../src/extract/cli/read-corpus.ts';
import { BARS } from '../../src/extract/eval/bars.ts';
import { parseGold, score } from '../../src/extract/eval/index.ts';

const ROOT = resolve(import.meta.dirname, '../..');

describe('committed data/graph.json', () => {
  it('is byte for byte what `npm run extract` makes of data/corpus now (run it and commit the graph when this fails)', async () => {
    const corpus = await readCorpus(join(ROOT, 'data/corpus'));
    const options: ExtractOptions = {};
    // The CLI applies data/overrides.json when it exists.
    const overridesPath = join(ROOT, 'data/overrides.json');
    if (existsSync(overridesPath)) {
      const parsed = parseOverridesJson(readFileSync(overridesPath, 'utf8'));
      if (!parsed.ok) throw new Error(`data/overrides.json: ${parsed.errors.join('; ')}`);
      options.overrides = parsed.overrides;
    }
    const fresh = serializeGraphFile(extractGraph(corpus.files, options).graph);
    const committed = readFileSync(join(ROOT, 'data/graph.json'), 'utf8');
    // Compared as text first so a failure names the first difference, not two 1 MB strings.
    if (fresh !== committed) {
      let at = 0;
      while (at < fresh.length && fresh[at] === committed[at]) at++;
      expect.fail(`data/graph.json differs from a fresh extraction at character ${at}: committed "${committed.slice(at - 40, at + 60)}", fresh "${fresh.slice(at - 40, at + 60)}"`);
    }
  }, 300_000);
});

describe('eval sets', () => {
  it('the README states the bars that src/extract/eval/bars.ts holds', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const row = readme.split('\n').find((line) => /^\| bar \|/.test(line));
    expect(row?.replace(/\s+/g, ' ')).toBe(`| bar | ≥ ${BARS.precision} | ≥ ${BARS.recall} | < ${BARS.splitBelow * 100} % | ≥ ${BARS.typeAccuracy * 100} % |`);
  });

  const sets = [
    ['npm run eval', 'tests/fixtures/annotated/corpus', 'tests/fixtures/annotated/gold.json'],
    ['npm run eval:holdout', 'tests/fixtures/annotated/holdout/corpus', 'tests/fixtures/annotated/holdout/gold.json'],
    ['npm run eval:heldout', 'tests/fixtures/heldout/corpus', 'tests/fixtures/heldout/gold.json'],
  ] as const;
  it.each(sets)('%s meets every bar', async (_name, corpusFolder, goldFile) => {
    const corpus = await readCorpus(join(ROOT, corpusFolder));
    const gold = parseGold(JSON.parse(readFileSync(join(ROOT, goldFile), 'utf8')));
    const report = score(extractGraph(corpus.files).graph, gold);
    const figures = { precision: report.precision, recall: report.recall, split: report.split, typeAccuracy: report.typeAccuracy };
    const below = Object.entries(figures).filter(([, figure]) => !figure.bar.met).map(([name, figure]) => `${name} ${figure.value} (bar ${figure.bar.rule})`);
    expect(below).toEqual([]);
  }, 300_000);
});
