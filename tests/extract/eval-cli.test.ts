/** End-to-end test of `npm run eval` (src/extract/cli/eval.ts) on a temporary annotated set. */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { resolveRealCorpus } from '../../src/extract/cli/gold-files.ts';

const work = mkdtempSync(join(tmpdir(), 'silkmap-eval-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function runEval(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/extract/cli/eval.ts', ...args], { encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

// Each test starts tsx in a child process, which takes several seconds on a loaded machine.
const SPAWN_TIMEOUT = { timeout: 60_000 };

describe('eval CLI', SPAWN_TIMEOUT, () => {
  const corpus = join(work, 'corpus');
  mkdirSync(corpus);
  writeFileSync(
    join(corpus, 'note.txt'),
    'Kazakhstan and China signed an agreement.\n\nThe Shanghai Cooperation Organisation (SCO) met in Tashkent.\n',
  );
  const goldFile = join(work, 'gold.json');
  writeFileSync(
    goldFile,
    JSON.stringify({
      actors: [
        { label: 'Kazakhstan', type: 'state', aliases: ['Kazakhstan'] },
        { label: 'China', type: 'state', aliases: ['China'] },
        { label: 'Shanghai Cooperation Organisation', type: 'organisation', aliases: ['Shanghai Cooperation Organisation', 'SCO'] },
        { label: 'Nobody Mentioned', type: 'person', aliases: ['Nobody Mentioned'] },
      ],
    }),
  );

  it('prints a machine-readable report with --json and exits 0 even below the bar', () => {
    const result = runEval(['--in', corpus, '--gold', goldFile, '--json']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const output = JSON.parse(result.stdout) as { report: { counts: { goldActors: number }; recall: { denominator: number; numerator: number }; missed: Array<{ label: string }>; allBarsMet: boolean } };
    expect(output.report.counts.goldActors).toBe(4);
    expect(output.report.recall.denominator).toBe(4);
    expect(output.report.missed.map((m) => m.label)).toContain('Nobody Mentioned');
    expect(output.report.allBarsMet).toBe(false);
  });

  it('prints the figures beside their bars as text by default', () => {
    const result = runEval(['--in', corpus, '--gold', goldFile]);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/recall\s+\S+\s+\(\d\/4\)\s+bar >= 0\.92/);
    expect(result.stdout).toContain('Nobody Mentioned [person]');
  });

  it('fails with a one-line reason when the gold file is missing or malformed', () => {
    const missing = runEval(['--in', corpus, '--gold', join(work, 'nope.json')]);
    expect(missing.status).not.toBe(0);
    expect(missing.stderr).toMatch(/^eval: --gold .*nope\.json: cannot read \(ENOENT\)\n$/);

    const badFile = join(work, 'bad.json');
    writeFileSync(badFile, JSON.stringify({ actors: [{ label: 'X', type: 'country', aliases: [] }] }));
    const bad = runEval(['--in', corpus, '--gold', badFile]);
    expect(bad.status).not.toBe(0);
    expect(bad.stderr).toMatch(/invalid gold file: actors\.0\.type/);
  });

  it('fails clearly when the input folder does not exist', () => {
    const result = runEval(['--in', join(work, 'missing-folder'), '--gold', goldFile]);
    expect(result.status).not.toBe(0);
    expect(result.stderr).toMatch(/not a folder/);
  });
});

describe('eval CLI on a gold set that lists corpus files and stretches', SPAWN_TIMEOUT, () => {
  const outside = join(work, 'outside-corpus');
  mkdirSync(outside);
  const text = 'Uzbekistan and China signed a deal.\n\nLater, Mongolia joined the talks.\n';
  writeFileSync(join(outside, 'one.txt'), text);
  const cut = text.indexOf('\n\nLater');
  const stretchHash = createHash('sha256').update(text.slice(0, cut), 'utf8').digest('hex');
  const goldFor = (sha256: string): string => {
    const file = join(work, `listed-gold-${sha256.slice(0, 6)}.json`);
    writeFileSync(
      file,
      JSON.stringify({
        files: [{ file: 'one.txt', start: 0, end: cut, sha256 }],
        actors: [
          { label: 'Uzbekistan', type: 'state', aliases: ['Uzbekistan'] },
          { label: 'China', type: 'state', aliases: ['China'] },
        ],
      }),
    );
    return file;
  };

  it('scores only the listed stretch, read from --corpus', () => {
    const result = runEval(['--gold', goldFor(stretchHash), '--corpus', outside, '--json']);
    expect(result.stderr).toBe('');
    const output = JSON.parse(result.stdout) as { in: string; report: { spurious: Array<{ label: string }>; recall: { numerator: number } } };
    expect(output.in).toBe(outside);
    // Mongolia lies outside the stretch, so it cannot be extracted (and counted as spurious).
    expect(output.report.spurious.map((n) => n.label)).not.toContain('Mongolia');
    expect(output.report.recall.numerator).toBe(2);
  });

  it('refuses a stretch whose text changed since it was annotated', () => {
    const result = runEval(['--gold', goldFor('0'.repeat(64)), '--corpus', outside]);
    expect(result.status).not.toBe(0);
    expect(result.stderr).toMatch(/one\.txt: characters 0–\d+ differ from the annotated text/);
  });

  it('finds the corpus beside the checkout first, else through SILKMAP_REAL_CORPUS, else reports none', () => {
    const root = join(work, 'checkout');
    mkdirSync(root);
    expect(resolveRealCorpus(root, {})).toBeNull();
    expect(resolveRealCorpus(root, { SILKMAP_REAL_CORPUS: outside })).toBe(outside);
    mkdirSync(join(work, 'shared', 'real-corpus'), { recursive: true });
    expect(resolveRealCorpus(root, { SILKMAP_REAL_CORPUS: outside })).toBe(join(work, 'shared', 'real-corpus'));
  });
});
