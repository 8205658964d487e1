/**
 * Issue 8, overrides: every way an overrides file can be malformed stops the run in one line
 * and leaves the previous graph untouched; operations naming actors that do not exist are
 * skipped one by one with a warning and the rest of the graph is still written.
 * (cli-overrides.test.ts covers applying them, a wrong op, a missing file and the default path.)
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runExtractCli } from './run-cli.ts';
import { corpusFolder } from '../helpers/extract-cli.ts';

const extract = runExtractCli;

const document = (operations: unknown): string => JSON.stringify({ format: 'silkmap-overrides', version: 1, operations });

const MALFORMED: [name: string, content: string | Buffer | null, message: RegExp][] = [
  ['empty.json', '', /^extract: overrides file ".*\/empty\.json" is not valid JSON: /],
  ['truncated.json', document([{ op: 'hide', id: 'state:china' }]).slice(0, 40), /^extract: overrides file ".*\/truncated\.json" is not valid JSON: /],
  ['binary.json', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0xff]), /^extract: overrides file ".*\/binary\.json" is not valid JSON: /],
  ['graph.json', JSON.stringify({ format: 'silkmap-graph', version: 1, nodes: [] }), /^extract: overrides file ".*\/graph\.json" is not a Silkmap overrides document: format: /],
  ['version.json', JSON.stringify({ format: 'silkmap-overrides', version: 2, operations: [] }), /^extract: overrides file ".*\/version\.json" is not a Silkmap overrides document: version: /],
  ['not-a-list.json', JSON.stringify({ format: 'silkmap-overrides', version: 1, operations: { op: 'hide' } }), /^extract: overrides file ".*\/not-a-list\.json" is not a Silkmap overrides document: operations: /],
  ['bad-type.json', document([{ op: 'retype', id: 'state:china', type: 'planet' }]), /^extract: overrides file ".*\/bad-type\.json" is not a Silkmap overrides document: operations\.0\.type: /],
  ['empty-merge.json', document([{ op: 'merge', into: 'state:china', from: [] }]), /^extract: overrides file ".*\/empty-merge\.json" is not a Silkmap overrides document: operations\.0\.from: /],
  ['array.json', '[]', /^extract: overrides file ".*\/array\.json" is not a Silkmap overrides document: \(root\): /],
  ['folder.json', null, /^extract: cannot read overrides file ".*\/folder\.json" \(EISDIR\)$/],
];

describe('extract CLI with a bad overrides file', { timeout: 30_000 }, () => {
  let work: string;
  let previous: Buffer;
  const at = (path: string): string => join(work, path);
  beforeAll(async () => {
    work = corpusFolder('silkmap-bad-overrides-', { 'a.txt': 'Talks\n\nChina and Kazakhstan agreed. Russia and China met.\n' });
    for (const [name, content] of MALFORMED) {
      if (content === null) mkdirSync(join(work, name));
      else writeFileSync(join(work, name), content);
    }
    expect((await extract(['--in', at('corpus'), '--out', at('out/graph.json')])).status).toBe(0);
    previous = readFileSync(join(work, 'out/graph.json'));
  }, 30_000);
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it.each(MALFORMED)('%s: one clear line, exit 1, previous graph untouched', async (name, _content, message) => {
    const run = await extract(['--in', at('corpus'), '--out', at('out/graph.json'), '--overrides', at(name)]);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim()).toMatch(message);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(readFileSync(join(work, 'out/graph.json')).equals(previous)).toBe(true);
  });

  it('skips every kind of operation naming an unknown actor, with one warning each, and writes the graph', async () => {
    writeFileSync(join(work, 'stale.json'), document([
      { op: 'merge', into: 'state:china', from: ['state:atlantis'] },
      { op: 'merge', into: 'state:atlantis', from: ['state:china'] },
      { op: 'rename', id: 'person:nobody', label: 'Somebody' },
      { op: 'retype', id: 'firm:ghost', type: 'state' },
      { op: 'split', id: 'state:atlantis', alias: 'Atlantis' },
      { op: 'split', id: 'state:china', alias: 'Cathay' },
      { op: 'hide', id: 'organisation:<script>alert(1)</script>' },
    ]));
    const run = await extract(['--in', at('corpus'), '--out', at('out/stale.json'), '--overrides', at('stale.json')]);
    expect(run.status).toBe(0);
    const warnings = run.stderr.trim().split('\n');
    expect(warnings).toHaveLength(7);
    warnings.forEach((line, index) => expect(line).toMatch(new RegExp(`^extract: warning: override ${index + 1} \\(\\w+\\) skipped: `)));
    expect(run.stdout).toContain(`overrides ${at('stale.json')}: 0 applied, 7 skipped (warnings above)`);
    // Nothing applied: the graph is the plain extraction, byte for byte.
    expect(readFileSync(join(work, 'out/stale.json')).equals(previous)).toBe(true);
  });
});
