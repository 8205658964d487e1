/**
 * Checks on the sixth frozen relation test part (tests/fixtures/relations/test6/gold.json) beyond the
 * format and sentence checks every relation part gets in relations-gold.test.ts. It is drawn from the
 * 13 files of the entity part test7 (all that was left of the frozen pool), so instead of "no file of
 * another set" it must use exactly test7's files and no file of any other gold set, its pairs must name
 * actors of test7's own hand annotation, and the committed seeded draw must give exactly the typed and
 * dropped pairs, in drawn order. These checks read gold files and texts only, never the extractor.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { REAL_CORPUS_RELATIVE, resolveRealCorpus } from '../../src/extract/cli/gold-files.ts';
import { entityPartFiles } from '../helpers/frozen-entity-part.ts';
import { relationGoldDocuments } from '../helpers/relation-gold-documents.ts';
import { inTest7Pool } from '../fixtures/real/draw-test7.ts';
import { drawTest6, MIN_TYPED, test7Forms } from '../fixtures/relations/draw-test6.ts';

interface Pair { document: string; corpus: string; sentence: string; a: string; b: string; relation?: { type: string } }
interface Part { documents: string[]; skipped: string[]; pairs: Pair[]; dropped: (Pair & { reason: string })[] }

const PATH = 'tests/fixtures/relations/test6/gold.json';
const part = JSON.parse(readFileSync(PATH, 'utf8')) as Part;
const entityTest7 = JSON.parse(readFileSync('tests/fixtures/real/test7/gold.json', 'utf8')) as { files: { file: string }[] };
const realCorpus = resolveRealCorpus();
if (realCorpus === null) {
  console.warn(`relations-gold-test6.test: skipped the draw check: ${REAL_CORPUS_RELATIVE} not found (nor SILKMAP_REAL_CORPUS)`);
}
const key = (p: Pair): string => JSON.stringify([p.document, p.sentence, p.a, p.b]);

describe('relation gold, frozen test6 part (from entity test7\'s files)', () => {
  it('uses exactly the files of entity test7, all in the entity half of the frozen pool, and no file of any other gold set', () => {
    expect(part.documents).toEqual(entityTest7.files.map((f) => f.file));
    const used = [...part.pairs, ...part.dropped].map((p) => p.document);
    expect(used.filter((d) => !part.documents.includes(d))).toEqual([]);
    expect(part.documents.filter((d) => !inTest7Pool(d))).toEqual([]);
    const others = new Set([
      ...entityPartFiles(['tuning', 'test', 'test2', 'test3', 'test4', 'test5', 'test6']),
      ...relationGoldDocuments('tests/fixtures/relations', ['test6']),
    ]);
    expect(part.documents.filter((d) => others.has(d))).toEqual([]);
    expect([...part.pairs, ...part.dropped].filter((p) => p.corpus !== 'real')).toEqual([]);
  });

  it('names in every pair two different actors of entity test7\'s hand annotation, by their annotated forms', () => {
    const labelOf = new Map(test7Forms());
    const bad = [...part.pairs, ...part.dropped].filter((p) => !labelOf.has(p.a) || !labelOf.has(p.b) || labelOf.get(p.a) === labelOf.get(p.b));
    expect(bad.map(key)).toEqual([]);
  });

  it('reached the typed-pair floor of its pre-committed extension rule, and gives every dropped pair a reason', () => {
    expect(part.pairs.length).toBeGreaterThanOrEqual(MIN_TYPED);
    expect(MIN_TYPED).toBe(120);
    expect(part.dropped.filter((p) => p.reason.length < 5)).toEqual([]);
  });

  it.skipIf(realCorpus === null || !existsSync(PATH))('is exactly the committed seeded draw: every drawn pair typed or dropped, in drawn order', () => {
    const drawn = drawTest6(realCorpus ?? '');
    expect(drawn.files).toEqual(part.documents);
    // A repeated photo caption gives the same pair more than once, so compare as ordered lists, not sets.
    const drawnKeys = drawn.pairs.map(key);
    expect([...part.pairs, ...part.dropped].map(key).sort()).toEqual([...drawnKeys].sort());
    const typed = new Set(part.pairs.map(key));
    expect(part.pairs.map(key)).toEqual(drawnKeys.filter((k) => typed.has(k)));
    const dropped = new Set(part.dropped.map(key));
    expect(part.dropped.map(key)).toEqual(drawnKeys.filter((k) => dropped.has(k)));
  });
});
