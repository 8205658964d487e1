/**
 * `extract --overrides`: corrections are applied after extraction and before writing, the
 * summary says how many applied, stale operations are warnings, and a malformed document
 * stops the run without touching the previous graph.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph, Overrides } from '../../src/graph-format/index.ts';
import { corpusFolder, readGraphFile as readGraph, spawnExtract as extract } from '../helpers/extract-cli.ts';

function overridesFile(dir: string, name: string, operations: Overrides['operations']): string {
  writeFileSync(join(dir, name), JSON.stringify({ format: 'silkmap-overrides', version: 1, operations }));
  return name;
}

describe('extract CLI with overrides', () => {
  let work: string;
  let plain: Graph;
  beforeAll(() => {
    work = corpusFolder('silkmap-overrides-', {
      'one.txt': 'A Title\n\nPresident Xi Jinping visited Kazakhstan. Beijing said China and Kazakhstan agreed.\n',
      'two.txt': 'Other Title\n\nThe Kyrgyz government asked Russia and China for help. Xi said little.\n',
    });
    const run = extract(['--in', 'corpus', '--out', 'out/plain.json', '--no-cache'], work);
    expect(run.status).toBe(0);
    plain = readGraph(join(work, 'out/plain.json'));
  }, 60_000);
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  function idOf(label: string): string {
    const node = plain.nodes.find((n) => n.label === label);
    if (!node) throw new Error(`no ${label} in ${plain.nodes.map((n) => n.label).join(', ')}`);
    return node.id;
  }

  it('applies the operations: the written graph is the one worked out by hand', () => {
    const operations: Overrides['operations'] = [
      { op: 'merge', into: 'state:china', from: ['state:kazakhstan'] },
      { op: 'rename', id: 'state:russia', label: 'Russian Federation' },
      { op: 'hide', id: 'state:kyrgyzstan' },
    ];
    const file = overridesFile(work, 'fix.json', operations);
    const run = extract(['--in', 'corpus', '--out', 'out/fixed.json', '--overrides', file, '--no-cache'], work);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/ edges, overrides fix\.json: 3 applied, [\d.]+ s → out\/fixed\.json\n$/);
    expect(run.stderr).not.toContain('not applied');
    const fixed = readGraph(join(work, 'out/fixed.json'));
    const passages = new Map(fixed.passages.map((passage) => [passage.id, passage]));
    const written = (passageId: string, start: number, end: number) => passages.get(passageId)!.text.slice(start, end);
    // one.txt: "President Xi Jinping visited Kazakhstan. Beijing said China and Kazakhstan agreed."
    // two.txt: "The Kyrgyz government asked Russia and China for help. Xi said little."
    // China takes Kazakhstan's two mentions; Kyrgyzstan and its link go; Russia keeps its mention under its new name.
    expect(fixed.nodes.map((node) => ({
      id: node.id, label: node.label, type: node.type, aliases: node.aliases, mentionCount: node.mentionCount, documentCount: node.documentCount,
      mentions: node.mentions.map((mention) => written(mention.passageId, mention.start, mention.end)),
    }))).toEqual([
      { id: 'person:xi-jinping', label: 'Xi Jinping', type: 'person', aliases: ['Xi', 'Xi Jinping'], mentionCount: 2, documentCount: 2, mentions: ['Xi Jinping', 'Xi'] },
      { id: 'state:china', label: 'China', type: 'state', aliases: ['Beijing', 'China', 'Kazakhstan'], mentionCount: 5, documentCount: 2, mentions: ['Kazakhstan', 'Beijing', 'China', 'Kazakhstan', 'China'] },
      { id: 'state:russian-federation', label: 'Russian Federation', type: 'state', aliases: ['Russia'], mentionCount: 1, documentCount: 1, mentions: ['Russia'] },
    ]);
    // "Beijing said China and Kazakhstan agreed." now names China alone: no link from it.
    expect(fixed.edges.map((edge) => ({
      id: edge.id, weight: edge.weight, documentCount: edge.documentCount,
      evidence: edge.evidence.map((evidence) => written(evidence.passageId, evidence.start, evidence.end)),
    }))).toEqual([
      { id: 'person:xi-jinping|state:china', weight: 1, documentCount: 1, evidence: ['President Xi Jinping visited Kazakhstan.'] },
      { id: 'state:china|state:russian-federation', weight: 1, documentCount: 1, evidence: ['The Kyrgyz government asked Russia and China for help.'] },
    ]);
    // Everything the overrides do not touch is the plain extraction's.
    expect(fixed.passages).toEqual(plain.passages);
    expect(fixed.documents).toEqual(plain.documents);
  });

  it('skips operations naming actors that do not exist, with a warning, and still writes the graph', () => {
    const file = overridesFile(work, 'stale.json', [
      { op: 'hide', id: 'person:nobody-at-all' },
      { op: 'retype', id: idOf('Xi Jinping'), type: 'organisation' },
    ]);
    const run = extract(['--in', 'corpus', '--out', 'out/stale.json', '--overrides', file, '--no-cache'], work);
    expect(run.status).toBe(0);
    expect(run.stderr).toContain('extract: warning: override 1 (hide) skipped: no actor "person:nobody-at-all"');
    expect(run.stdout).toContain('overrides stale.json: 1 applied, 1 skipped (warnings above)');
    const node = readGraph(join(work, 'out/stale.json')).nodes.find((n) => n.label === 'Xi Jinping');
    expect(node?.type).toBe('organisation');
  });

  it('refuses a document that is JSON but not an overrides document, in one line, writing nothing', () => {
    writeFileSync(join(work, 'wrong.json'), JSON.stringify({ format: 'silkmap-overrides', version: 1, operations: [{ op: 'explode', id: 'x' }] }));
    const before = readFileSync(join(work, 'out/plain.json'));
    const run = extract(['--in', 'corpus', '--out', 'out/plain.json', '--overrides', 'wrong.json'], work);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^extract: overrides file "wrong\.json" is not a Silkmap overrides document: operations\.0\.op: .+\n$/);
    expect(run.stdout).toBe('');
    expect(readFileSync(join(work, 'out/plain.json')).equals(before)).toBe(true);
  });

  it('refuses a missing overrides file named on the command line', () => {
    const run = extract(['--in', 'corpus', '--out', 'out/missing.json', '--overrides', 'nope.json'], work);
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toBe('extract: cannot read overrides file "nope.json" (ENOENT)');
  });

  it('uses data/overrides.json by default when it exists', () => {
    mkdirSync(join(work, 'data'), { recursive: true });
    overridesFile(join(work, 'data'), 'overrides.json', [{ op: 'hide', id: idOf('China') }]);
    const run = extract(['--in', 'corpus', '--out', 'out/default.json', '--no-cache'], work);
    rmSync(join(work, 'data'), { recursive: true });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('overrides data/overrides.json: 1 applied');
    expect(readGraph(join(work, 'out/default.json')).nodes.map((n) => n.label)).not.toContain('China');
    // Without the file the same run extracts China again.
    expect(extract(['--in', 'corpus', '--out', 'out/default.json', '--no-cache'], work).status).toBe(0);
    expect(readGraph(join(work, 'out/default.json')).nodes.map((n) => n.label)).toContain('China');
  });
});
