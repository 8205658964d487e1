/**
 * scripts/mutation-survivors.ts: merging Stryker reports per file and naming each survivor's ledger class, on two
 * hand-made reports of a three-mutant file (expected counts worked out by hand below).
 */
import { describe, expect, it } from 'vitest';
import { classOf, mergeReports, parseSurvivorList, renderSurvivors, renderTriage, type Ledger } from '../../scripts/mutation-survivors.ts';

const at = (line: number, column: number) => ({ start: { line, column }, end: { line, column: column + 4 } });
const source = 'const a = b < c;\n';
const first = { files: { 'src/x.ts': { source, mutants: [
  { mutatorName: 'EqualityOperator', replacement: 'b <= c', status: 'Survived', location: at(1, 11) },
  { mutatorName: 'BooleanLiteral', replacement: 'true', status: 'Survived', location: at(1, 11) },
  { mutatorName: 'ConditionalExpression', replacement: 'false', status: 'NoCoverage', location: at(1, 11) },
  { mutatorName: 'StringLiteral', replacement: '""', status: 'Ignored', location: at(1, 1) },
] }, 'src/old.ts': { source: 'changed since', mutants: [{ mutatorName: 'BooleanLiteral', replacement: 'true', status: 'Survived', location: at(1, 1) }] } } };
// A later run from the same source killed the boolean mutant.
const second = { files: { 'src/x.ts': { source, mutants: [{ mutatorName: 'BooleanLiteral', replacement: 'true', status: 'Killed', location: at(1, 11) }] } } };
const ledger: Ledger = {
  classes: { 2: 'bounds', untriaged: 'not yet read' },
  files: { 'src/x.ts': { '1:11 EqualityOperator': '2' } },
  unreported: [{ part: 'store', survivors: 10, explained: 4, note: 'n' }],
};
const current = (file: string): string | undefined => (file === 'src/x.ts' ? source : 'now');

describe('mutation-survivors', () => {
  it('merges reports of the current source: killed in any run is killed; ignored ones are not counted', () => {
    const [file, ...rest] = mergeReports([{ name: 'a.json', report: first }, { name: 'b.json', report: second }], current, ledger);
    expect(rest).toEqual([]);
    expect(file).toMatchObject({ file: 'src/x.ts', mutants: 3, killed: 1, reports: ['a.json', 'b.json'] });
    expect(file?.survivors.map((s) => `${s.mutator} ${s.status} ${s.ledgerClass}`)).toEqual(['ConditionalExpression NoCoverage untriaged', 'EqualityOperator Survived 2']);
  });
  it('looks a class up by place, mutator and replacement first, then by place and mutator', () => {
    const entries = { '3:4 Regex': '5', '3:4 Regex=/a/': '1' };
    expect(classOf(entries, 3, 4, 'Regex', '/a/')).toBe('1');
    expect(classOf(entries, 3, 4, 'Regex', '/b/')).toBe('5');
    expect(classOf(entries, 3, 5, 'Regex', '/a/')).toBe('untriaged');
    expect(classOf(undefined, 3, 4, 'Regex', '/a/')).toBe('untriaged');
  });
  it('counts untriaged survivors over listed files and parts without a report', () => {
    const text = renderSurvivors(mergeReports([{ name: 'a.json', report: first }], current, ledger), ledger, '2026-12-07');
    expect(text).toContain('Survivors listed: **3**, of which **2 untriaged**');
    expect(text).toContain('**Untriaged in total: 8.**');
    expect(text).toContain('| src/x.ts | 3 | 0 | 0.0 % | 3 | 2 | a.json |');
    expect(text).toContain('- 1:11 EqualityOperator → `b <= c` [2]');
  });
  it('classes by rule after the place entries: lines inclusive, mutator and replacement when given', () => {
    const rules = [{ file: 'src/x.ts', lines: [3, 5] as const, mutator: 'StringLiteral', class: '7', why: 'message' },
      { file: 'src/x.ts', replacement: 'true', class: '1', why: 'guard' }];
    expect(classOf(undefined, 3, 1, 'StringLiteral', '""', rules)).toBe('7');
    expect(classOf(undefined, 5, 9, 'StringLiteral', '""', rules)).toBe('7');
    expect(classOf(undefined, 6, 1, 'StringLiteral', '""', rules)).toBe('untriaged');
    expect(classOf(undefined, 2, 1, 'StringLiteral', '""', rules)).toBe('untriaged');
    expect(classOf(undefined, 4, 1, 'Regex', '/a/', rules)).toBe('untriaged');
    expect(classOf(undefined, 9, 1, 'BooleanLiteral', 'true', rules)).toBe('1');
    // A place entry wins over a rule.
    expect(classOf({ '4:1 StringLiteral': '5' }, 4, 1, 'StringLiteral', '""', rules)).toBe('5');
  });
  it('carries a committed list: its survivors less those a kept report killed since, with its mutant count', () => {
    // The list as renderSurvivors writes it for the first report alone (three mutants, three survivors).
    const list = parseSurvivorList(renderSurvivors(mergeReports([{ name: 'a.json', report: first }], current, ledger), ledger, '2026-12-07'));
    expect([...list.keys()]).toEqual(['src/x.ts']);
    expect(list.get('src/x.ts')).toMatchObject({ mutants: 3, killed: 0, reports: ['a.json'] });
    expect(list.get('src/x.ts')?.survivors.map((s) => `${s.line}:${s.column} ${s.mutator} ${s.status}`))
      .toEqual(['1:11 BooleanLiteral Survived', '1:11 ConditionalExpression NoCoverage', '1:11 EqualityOperator Survived']);
    // The second report (same source) killed the boolean mutant: two survivors left of three.
    const [file] = mergeReports([{ name: 'b.json', report: second }], current, ledger, list);
    expect(file).toMatchObject({ file: 'src/x.ts', mutants: 3, killed: 1, reports: ['a.json (carried)', 'b.json'] });
    expect(file?.survivors.map((s) => `${s.mutator} ${s.ledgerClass}`)).toEqual(['ConditionalExpression untriaged', 'EqualityOperator 2']);
  });
  it('counts the survivors of a file changed since its listed run as untriaged and names it', () => {
    const stale = [{ file: 'src/old.ts', mutants: 9, killed: 4, reports: ['c.json'], survivors: [
      { line: 1, column: 1, mutator: 'BooleanLiteral', replacement: 'true', status: 'Survived' },
      { line: 2, column: 1, mutator: 'BooleanLiteral', replacement: 'true', status: 'Survived' }] }];
    const text = renderSurvivors([], ledger, '2026-12-07', stale);
    expect(text).toContain('**Untriaged in total: 8.**');
    expect(text).toContain('| src/old.ts | 9 | 4 | 2 | c.json |');
    // Read back, the changed file keeps its old count (its survivors were not listed one by one).
    expect(parseSurvivorList(text).get('src/old.ts')).toEqual({ file: 'src/old.ts', mutants: 9, killed: 4, staleSurvivors: 2, reports: ['c.json'], survivors: [] });
  });
  it('lists a carried file from a report that holds it whole (a re-run), dropping the rows of the old list', () => {
    const list = parseSurvivorList(renderSurvivors(mergeReports([{ name: 'a.json', report: first }], current, ledger), ledger, '2026-12-07'));
    // A whole-file re-run (three mutants, as many as the list's row): a new survivor at 1:5, the conditional gone.
    const whole = { files: { 'src/x.ts': { source, mutants: [
      { mutatorName: 'EqualityOperator', replacement: 'b <= c', status: 'Survived', location: at(1, 11) },
      { mutatorName: 'BooleanLiteral', replacement: 'true', status: 'Killed', location: at(1, 11) },
      { mutatorName: 'StringLiteral', replacement: '""', status: 'Survived', location: at(1, 5) },
    ] } } };
    const [file] = mergeReports([{ name: 'whole.json', report: whole }], current, ledger, list);
    expect(file).toMatchObject({ file: 'src/x.ts', mutants: 3, killed: 1, reports: ['whole.json'] });
    expect(file?.survivors.map((s) => `${s.line}:${s.column} ${s.mutator}`)).toEqual(['1:5 StringLiteral', '1:11 EqualityOperator']);
    // Two runs of line ranges that together hold three mutants cover it too; one of them alone (two) does not: the list's
    // three survivors less the boolean one it killed.
    const [, ...secondHalf] = whole.files['src/x.ts'].mutants;
    const halves = [{ name: 'h1.json', report: { files: { 'src/x.ts': { source, mutants: whole.files['src/x.ts'].mutants.slice(0, 1) } } } },
      { name: 'h2.json', report: { files: { 'src/x.ts': { source, mutants: secondHalf } } } }];
    expect(mergeReports(halves, current, ledger, list)[0]).toMatchObject({ mutants: 3, killed: 1, reports: ['h1.json', 'h2.json'] });
    expect(mergeReports(halves.slice(1), current, ledger, list)[0]).toMatchObject({ mutants: 3, killed: 1, reports: ['a.json (carried)', 'h2.json'] });
  });
  it('counts survivors per file and category, and the score over listed, unreported and changed parts', () => {
    const withRule: Ledger = { ...ledger, unreported: [{ part: 'store', survivors: 10, explained: 4, note: 'n', mutants: 40 }],
      rules: [{ file: 'src/x.ts', mutator: 'ConditionalExpression', class: 'not-worth', why: 'w' }] };
    const files = mergeReports([{ name: 'a.json', report: first }, { name: 'b.json', report: second }], current, withRule);
    const stale = [{ file: 'src/old.ts', mutants: 9, killed: 4, reports: ['c.json'], survivors: [], staleSurvivors: 2 }];
    const text = renderTriage(files, withRule, '2026-12-08', stale);
    // Killed: 1 listed + (40 - 10) store + 4 changed = 35 of 3 + 40 + 9 = 52 (67.3 %); listed alone 1 of 3.
    expect(text).toContain('**Score over every part measured: 67.3 %** (35 of 52 mutants');
    expect(text).toContain('files with a kept or carried report: 33.3 %, 1 of 3');
    // Survivors: the equality mutant (class 2: equivalent) and the conditional (not-worth, by the rule).
    expect(text).toContain('| src/x.ts | 3 | 33.3 % | 2 | 1 | 1 | 0 | 0 | 0 |');
    expect(text).toContain('| store | 40 | 10 | 4 | 6 |');
    expect(text).toContain('| src/old.ts (changed since its run) | 9 | 2 | 0 | 2 |');
    expect(text).toContain('**Untriaged in all: 8** (listed files 0, other parts 8)');
    expect(text).toContain('| src/x.ts | all | ConditionalExpression | not-worth | 1 | w |');
  });
});
