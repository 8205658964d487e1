/**
 * The survivor ledger in checkable form (issue 18: "every surviving mutant killed or explained"). Reads Stryker's
 * JSON reports (the incremental files in reports/ are full reports too), keeps per source file only the reports
 * made from the file as it is now, counts a mutant killed when any of them killed it or timed out, and writes every
 * remaining survivor (survived or no coverage) with its place, mutator and ledger class from
 * docs/mutation/ledger.json, or "untriaged". Parts of the core whose reports are not kept here are listed from the
 * ledger's `unreported` section with their counts, so the total of untriaged survivors covers the whole core.
 *
 * Reports are per machine (reports/ is not committed). `--carry` keeps the committed list's rows for files whose
 * source has not changed since that list was committed (git), so a new machine's list starts from the old one: a
 * carried file's survivors are the old ones less those a kept report killed since. Files of the old list whose
 * source changed are named in a table of their own with their old counts (to be re-run).
 *
 *   npx tsx scripts/mutation-survivors.ts [--out docs/mutation/survivors.md] [--triage docs/mutation/triage.md] [--carry] reports/*.json
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { writeFileAtomicallySync } from '../src/extract/cli/write.ts';

interface ReportMutant {
  readonly mutatorName: string;
  readonly replacement?: string;
  readonly status: string;
  readonly location: { readonly start: { readonly line: number; readonly column: number }; readonly end: { readonly line: number; readonly column: number } };
}
interface Report { readonly files: Record<string, { readonly source: string; readonly mutants: readonly ReportMutant[] }> }

export interface Ledger {
  /** Class id → why mutants of that class cannot change what a caller sees (or why they are left). */
  readonly classes: Record<string, string>;
  /** File → "line:column Mutator" or "line:column Mutator=replacement" → class id. */
  readonly files: Record<string, Record<string, string>>;
  /** Parts measured (README table) whose reports are not kept here: their survivors are untriaged by this list. */
  readonly unreported: readonly { readonly part: string; readonly survivors: number; readonly explained: number; readonly note: string;
    /** Mutants of the part's last runs (README table), for the score over the whole core. */
    readonly mutants?: number }[];
  /**
   * Classes given by rule, after the place entries: a survivor of `file` (within `lines`, inclusive, when given) with
   * this mutator (and replacement, when given) has the class. Each rule says why in `why`.
   */
  readonly rules?: readonly LedgerRule[];
}
export interface LedgerRule {
  readonly file: string;
  readonly lines?: readonly [number, number];
  readonly mutator?: string;
  readonly replacement?: string;
  readonly class: string;
  readonly why: string;
}

export interface Survivor { readonly line: number; readonly column: number; readonly mutator: string; readonly replacement: string; readonly status: string; readonly ledgerClass: string }
export interface FileSurvivors { readonly file: string; readonly mutants: number; readonly killed: number; readonly survivors: readonly Survivor[]; readonly reports: readonly string[] }

const KILLED = new Set(['Killed', 'Timeout']);
const COUNTED = new Set(['Killed', 'Timeout', 'Survived', 'NoCoverage']);

/** One line of a replacement, squeezed: enough to tell mutants at one place apart. */
export const shortReplacement = (text: string | undefined): string => (text ?? '').replace(/\s+/g, ' ').trim().slice(0, 60);

/** A mutant's identity across reports of the same source: its span, mutator and whole replacement. */
const mutantKey = (m: ReportMutant): string =>
  `${m.location.start.line}:${m.location.start.column}-${m.location.end.line}:${m.location.end.column} ${m.mutatorName}=${m.replacement ?? ''}`;

/**
 * The ledger class of a survivor: by place, mutator and replacement, else by place and mutator, else by the first
 * rule of its file that matches, else "untriaged".
 */
export function classOf(entries: Record<string, string> | undefined, line: number, column: number, mutator: string, replacement: string,
  rules: readonly LedgerRule[] = []): string {
  const place = `${line}:${column} ${mutator}`;
  const rule = rules.find((r) => (r.lines === undefined || (r.lines[0] <= line && line <= r.lines[1])) &&
    (r.mutator === undefined || r.mutator === mutator) && (r.replacement === undefined || r.replacement === replacement));
  return entries?.[`${place}=${replacement}`] ?? entries?.[place] ?? rule?.class ?? 'untriaged';
}

/** A file's row and survivors as a committed list gives them (its `##` section and table row). */
export interface ListedFile { readonly file: string; readonly mutants: number; readonly killed: number; readonly reports: readonly string[];
  readonly survivors: readonly Omit<Survivor, 'ledgerClass'>[];
  /** Set for a file the list already named as changed since its run: only its old count is known. */
  readonly staleSurvivors?: number }

/** A stale file's old survivor count (its survivors are not listed one by one). */
const survivorCount = (f: ListedFile): number => f.staleSurvivors ?? f.survivors.length;

/** Reads a list this script wrote: per file its counts, reports and survivors (classes are looked up again). */
export function parseSurvivorList(text: string): Map<string, ListedFile> {
  const rows = new Map<string, { mutants: number; killed: number; reports: string[] }>();
  const survivors = new Map<string, Omit<Survivor, 'ledgerClass'>[]>();
  const staleRows = new Map<string, { mutants: number; killed: number; staleSurvivors: number; reports: string[] }>();
  let section: string | undefined;
  for (const line of text.split('\n')) {
    const row = /^\| (src\/\S+) \| (\d+) \| (\d+) \| [^|]+ \| \d+ \| \d+ \| ([^|]*) \|$/.exec(line);
    if (row) rows.set(row[1] as string, { mutants: Number(row[2]), killed: Number(row[3]), reports: (row[4] as string).split(',').map((r) => r.trim()).filter(Boolean) });
    const stale = /^\| (src\/\S+) \| (\d+) \| (\d+) \| (\d+) \| ([^|]*) \|$/.exec(line);
    if (stale) staleRows.set(stale[1] as string, { mutants: Number(stale[2]), killed: Number(stale[3]), staleSurvivors: Number(stale[4]), reports: [(stale[5] as string).trim()] });
    const heading = /^## (src\/\S+)$/.exec(line);
    if (heading) section = heading[1];
    const item = /^- (\d+):(\d+) (\S+) → `(.*)`( \(no cov\.\))? \[[^\]]+\]$/.exec(line);
    if (item && section !== undefined) {
      survivors.set(section, [...(survivors.get(section) ?? []), { line: Number(item[1]), column: Number(item[2]), mutator: item[3] as string,
        replacement: item[4] as string, status: item[5] === undefined ? 'Survived' : 'NoCoverage' }]);
    }
  }
  return new Map<string, ListedFile>([...[...staleRows].map(([file, row]) => [file, { file, ...row, survivors: [] }] as const),
    ...[...rows].map(([file, row]) => [file, { file, ...row, survivors: survivors.get(file) ?? [] }] as const)]);
}

/** The reports a carried row came from, as one name (carrying it again keeps it as it is). */
const carriedName = (reports: readonly string[]): string =>
  (reports.length === 1 && reports[0]?.endsWith('(carried)') ? reports[0] : `${reports.join(' + ')} (carried)`);

/** A survivor's identity in a list: place, mutator and short replacement (the list writes backticks as quotes). */
const listedKey = (line: number, column: number, mutator: string, replacement: string): string =>
  `${line}:${column} ${mutator}=${replacement.replace(/`/g, "'")}`;

/**
 * Merges the reports of each file whose stored source equals `currentSource(file)`: a mutant is killed when any such
 * report killed it; survivors are the rest (ignored and static-ignored mutants are not counted, as in Stryker's score).
 */
export function mergeReports(reports: readonly { readonly name: string; readonly report: Report }[], currentSource: (file: string) => string | undefined,
  ledger: Ledger, carried: ReadonlyMap<string, ListedFile> = new Map()): FileSurvivors[] {
  const byFile = new Map<string, { reports: string[]; mutants: Map<string, ReportMutant[]> }>();
  for (const { name, report } of reports) {
    for (const [file, data] of Object.entries(report.files)) {
      if (currentSource(file) !== data.source) continue;
      const entry = byFile.get(file) ?? { reports: [], mutants: new Map<string, ReportMutant[]>() };
      entry.reports.push(name);
      for (const mutant of data.mutants) {
        if (!COUNTED.has(mutant.status)) continue;
        const key = mutantKey(mutant);
        entry.mutants.set(key, [...(entry.mutants.get(key) ?? []), mutant]);
      }
      byFile.set(file, entry);
    }
  }
  const classed = (file: string, s: Omit<Survivor, 'ledgerClass'>): Survivor =>
    ({ ...s, ledgerClass: classOf(ledger.files[file], s.line, s.column, s.mutator, s.replacement, (ledger.rules ?? []).filter((r) => r.file === file)) });
  // A carried file whose kept reports hold it whole (together at least as many mutants as its listed run: a whole-file
  // run, or runs of line ranges that cover it, not the lines of some survivors) was re-measured: it is listed from the
  // reports alone, whatever git says about its source (a merge may bring in a change older than the list's commit).
  const remeasured = (file: string): boolean => {
    const listed = carried.get(file);
    return listed === undefined || (byFile.get(file)?.mutants.size ?? 0) >= listed.mutants;
  };
  const fromReports = [...byFile.entries()].filter(([file]) => remeasured(file)).map(([file, entry]) => {
    const survivors: Survivor[] = [];
    let killed = 0;
    for (const results of entry.mutants.values()) {
      if (results.some((m) => KILLED.has(m.status))) {
        killed++;
        continue;
      }
      const m = results[0] as ReportMutant;
      const replacement = shortReplacement(m.replacement);
      const { line, column } = m.location.start;
      survivors.push(classed(file, { line, column, mutator: m.mutatorName, replacement, status: m.status }));
    }
    return { file, mutants: entry.mutants.size, killed, survivors, reports: entry.reports };
  });
  // A carried file (source unchanged since its list): the listed survivors less those a kept report killed since.
  const fromList = [...carried.values()].filter((listed) => !byFile.has(listed.file) || !remeasured(listed.file)).map((listed) => {
    const entry = byFile.get(listed.file);
    const killedSince = new Set([...(entry?.mutants.values() ?? [])].flat().filter((m) => KILLED.has(m.status))
      .map((m) => listedKey(m.location.start.line, m.location.start.column, m.mutatorName, shortReplacement(m.replacement))));
    const survivors = listed.survivors.filter((s) => !killedSince.has(listedKey(s.line, s.column, s.mutator, s.replacement))).map((s) => classed(listed.file, s));
    return { file: listed.file, mutants: listed.mutants, killed: listed.mutants - survivors.length, survivors, reports: [carriedName(listed.reports), ...(entry?.reports ?? [])] };
  });
  const bySurvivor = (a: Survivor, b: Survivor): number =>
    a.line - b.line || a.column - b.column || (a.mutator < b.mutator ? -1 : a.mutator > b.mutator ? 1 : 0) || (a.replacement < b.replacement ? -1 : 1);
  return [...fromReports, ...fromList].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))
    .map((f) => ({ ...f, survivors: [...f.survivors].sort(bySurvivor) }));
}

const percent = (part: number, whole: number): string => (whole === 0 ? '–' : `${((100 * part) / whole).toFixed(1)} %`);

/** The committed list: a summary per file, the unreported parts, then every survivor per file. */
export function renderSurvivors(files: readonly FileSurvivors[], ledger: Ledger, generatedOn: string, stale: readonly ListedFile[] = []): string {
  const untriagedIn = (f: FileSurvivors): number => f.survivors.filter((s) => s.ledgerClass === 'untriaged').length;
  const listed = files.reduce((sum, f) => sum + f.survivors.length, 0);
  const untriaged = files.reduce((sum, f) => sum + untriagedIn(f), 0);
  const unreported = ledger.unreported.reduce((sum, p) => sum + p.survivors, 0);
  // A file changed since its listed run: its old survivors no longer name places in it, so all count as untriaged.
  const staleSurvivors = stale.reduce((sum, f) => sum + survivorCount(f), 0);
  const unreportedUntriaged = ledger.unreported.reduce((sum, p) => sum + p.survivors - p.explained, 0) + staleSurvivors;
  const lines = [
    '# Mutation survivors (generated: `npx tsx scripts/mutation-survivors.ts reports/*.json`; do not edit)',
    '',
    `Generated ${generatedOn} from the Stryker reports kept in reports/ (only reports made from each file as it is now) and, for rows marked "(carried)", from the list as committed before, for files unchanged since.`,
    `Survivors listed: **${listed}**, of which **${untriaged} untriaged**; classified: ${listed - untriaged}. Parts whose reports are not kept: ${unreported} survivors, ${unreportedUntriaged - staleSurvivors} of them untriaged (the README explains the rest by description)${stale.length > 0 ? `; files changed since their listed run: ${staleSurvivors} survivors then, all counted untriaged` : ''}.`,
    `**Untriaged in total: ${untriaged + unreportedUntriaged}.** Classes (docs/mutation/ledger.json; docs/testing.md, "Survivor ledger"):`,
    '',
    ...Object.entries(ledger.classes).map(([id, why]) => `- **${id}**: ${why}`),
    '',
    '| file | mutants | killed | score | survivors | untriaged | reports |',
    '|---|---|---|---|---|---|---|',
    ...files.map((f) => `| ${f.file} | ${f.mutants} | ${f.killed} | ${percent(f.killed, f.mutants)} | ${f.survivors.length} | ${untriagedIn(f)} | ${f.reports.join(', ')} |`),
    '',
    '| part without a kept report | survivors | explained in the README | note |',
    '|---|---|---|---|',
    ...ledger.unreported.map((p) => `| ${p.part} | ${p.survivors} | ${p.explained} | ${p.note} |`),
    '',
    ...(stale.length === 0 ? [] : [
      '| file changed since its listed run (re-run needed) | mutants then | killed then | survivors then | reports then |',
      '|---|---|---|---|---|',
      ...stale.map((f) => `| ${f.file} | ${f.mutants} | ${f.killed} | ${survivorCount(f)} | ${f.reports.join(', ')} |`),
      '',
    ]),
    'Each survivor: `line:column mutator → replacement [class]` (NoCoverage marked "no cov.").',
  ];
  for (const f of files) {
    lines.push('', `## ${f.file}`, '');
    for (const s of f.survivors) {
      lines.push(`- ${s.line}:${s.column} ${s.mutator} → \`${s.replacement.replace(/`/g, "'")}\`${s.status === 'NoCoverage' ? ' (no cov.)' : ''} [${s.ledgerClass}]`);
    }
  }
  return `${lines.join('\n')}\n`;
}

/** The triage columns: a numbered class is an equivalent mutant; the others are named as they are. */
export const CATEGORIES = ['equivalent', 'not-worth', 'not-killed', 'test-added', 'untriaged'] as const;
export const categoryOf = (ledgerClass: string): string => (/^\d+$/.test(ledgerClass) ? 'equivalent' : ledgerClass);

/**
 * The triage summary (docs/mutation/triage.md): the score over every part measured, then survivors counted per file
 * and category, the parts without a kept report, and the rules that class survivors by kind (mutator and reason).
 */
export function renderTriage(files: readonly FileSurvivors[], ledger: Ledger, generatedOn: string, stale: readonly ListedFile[] = []): string {
  const count = (f: FileSurvivors, category: string): number => f.survivors.filter((s) => categoryOf(s.ledgerClass) === category).length;
  const listedMutants = files.reduce((sum, f) => sum + f.mutants, 0);
  const listedKilled = files.reduce((sum, f) => sum + f.killed, 0);
  const parts = ledger.unreported.filter((p) => p.mutants !== undefined);
  const mutants = listedMutants + parts.reduce((sum, p) => sum + (p.mutants ?? 0), 0) + stale.reduce((sum, f) => sum + f.mutants, 0);
  const killed = listedKilled + parts.reduce((sum, p) => sum + (p.mutants ?? 0) - p.survivors, 0) + stale.reduce((sum, f) => sum + f.killed, 0);
  const totals = CATEGORIES.map((c) => files.reduce((sum, f) => sum + count(f, c), 0));
  const unreportedUntriaged = ledger.unreported.reduce((sum, p) => sum + p.survivors - p.explained, 0) + stale.reduce((sum, f) => sum + survivorCount(f), 0);
  const ruleCount = (rule: LedgerRule): number => files.filter((f) => f.file === rule.file).flatMap((f) => f.survivors)
    .filter((s) => s.ledgerClass === rule.class && (rule.lines === undefined || (rule.lines[0] <= s.line && s.line <= rule.lines[1])) &&
      (rule.mutator === undefined || rule.mutator === s.mutator) && (rule.replacement === undefined || rule.replacement === s.replacement)).length;
  return [
    '# Mutation survivors: triage (generated by `npx tsx scripts/mutation-survivors.ts --triage docs/mutation/triage.md …`; do not edit)',
    '',
    `Generated ${generatedOn}. **Score over every part measured: ${percent(killed, mutants)}** (${killed} of ${mutants} mutants killed or timed out; ` +
      `files with a kept or carried report: ${percent(listedKilled, listedMutants)}, ${listedKilled} of ${listedMutants}). Each survivor one by one: [survivors.md](survivors.md); ` +
      'classes: [docs/testing.md](../testing.md), "Survivor ledger".',
    '',
    `Categories: **equivalent** (classes 1–6: no caller can see the change), **not-worth** (a real but immaterial difference, reason in the rule or ` +
      'the ledger), **not-killed** (a real difference no test shows yet), **test-added** (a test written since the last run), **untriaged** (not yet read).',
    '',
    `| file | mutants | score | survivors | ${CATEGORIES.join(' | ')} |`,
    `|---|---|---|---|${CATEGORIES.map(() => '---').join('|')}|`,
    ...files.filter((f) => f.mutants > 0).map((f) => `| ${f.file} | ${f.mutants} | ${percent(f.killed, f.mutants)} | ${f.survivors.length} | ${CATEGORIES.map((c) => count(f, c)).join(' | ')} |`),
    `| **files listed** | ${listedMutants} | ${percent(listedKilled, listedMutants)} | ${files.reduce((sum, f) => sum + f.survivors.length, 0)} | ${totals.join(' | ')} |`,
    '',
    '| part without a kept report, or changed since its run | mutants | survivors | explained (README) | untriaged |',
    '|---|---|---|---|---|',
    ...ledger.unreported.map((p) => `| ${p.part} | ${p.mutants ?? '?'} | ${p.survivors} | ${p.explained} | ${p.survivors - p.explained} |`),
    ...stale.map((f) => `| ${f.file} (changed since its run) | ${f.mutants} | ${survivorCount(f)} | 0 | ${survivorCount(f)} |`),
    '',
    `**Untriaged in all: ${(totals[CATEGORIES.indexOf('untriaged')] ?? 0) + unreportedUntriaged}** (listed files ${totals[CATEGORIES.indexOf('untriaged')] ?? 0}, other parts ${unreportedUntriaged}).`,
    '',
    '## Rules (survivors classed by kind)',
    '',
    '| file | lines | mutator | class | survivors | why |',
    '|---|---|---|---|---|---|',
    ...(ledger.rules ?? []).map((r) => `| ${r.file} | ${r.lines === undefined ? 'all' : `${r.lines[0]}–${r.lines[1]}`} | ${r.mutator ?? 'any'}${r.replacement === undefined ? '' : ` → \`${r.replacement}\``} | ${r.class} | ${ruleCount(r)} | ${r.why} |`),
    '',
  ].join('\n');
}

function main(argv: readonly string[]): void {
  const outAt = argv.indexOf('--out');
  const out = outAt >= 0 ? argv[outAt + 1] : 'docs/mutation/survivors.md';
  const carry = argv.includes('--carry');
  const triageAt = argv.indexOf('--triage');
  const triage = triageAt >= 0 ? argv[triageAt + 1] : undefined;
  const inputs = argv.filter((arg, i) => arg !== '--out' && arg !== '--carry' && arg !== '--triage' && (outAt < 0 || i !== outAt + 1) && (triageAt < 0 || i !== triageAt + 1));
  if (out === undefined || (inputs.length === 0 && !carry)) throw new Error('usage: mutation-survivors.ts [--out file.md] [--carry] report.json...');
  const ledger = JSON.parse(readFileSync('docs/mutation/ledger.json', 'utf8')) as Ledger;
  const reports = inputs.map((name) => ({ name: name.replace(/^.*\//, ''), report: JSON.parse(readFileSync(name, 'utf8')) as Report }));
  const sources = new Map<string, string | undefined>();
  const currentSource = (file: string): string | undefined => {
    if (!sources.has(file)) {
      try { sources.set(file, readFileSync(file, 'utf8')); } catch { sources.set(file, undefined); }
    }
    return sources.get(file);
  };
  const carried = new Map<string, ListedFile>();
  const stale: ListedFile[] = [];
  if (carry) {
    // The list as last committed (whatever --out says), and each of its files' source compared with that commit
    // (working tree included).
    const git = (...args: string[]): string => execFileSync('git', args, { encoding: 'utf8' });
    const list = 'docs/mutation/survivors.md';
    const commit = git('log', '-1', '--format=%H', '--', list).trim();
    for (const listed of parseSurvivorList(git('show', `${commit}:${list}`)).values()) {
      const unchanged = currentSource(listed.file) !== undefined && git('diff', '--name-only', commit, '--', listed.file).trim() === '';
      // A file the list named as changed stays so until a kept report covers it.
      if (unchanged && listed.staleSurvivors === undefined) carried.set(listed.file, listed);
      else stale.push(listed);
    }
  }
  const files = mergeReports(reports, currentSource, ledger, carried);
  // A changed file that a kept report now covers is listed from that report, not as stale.
  const restale = stale.filter((f) => !files.some((file) => file.file === f.file));
  writeFileAtomicallySync(out, renderSurvivors(files, ledger, new Date().toISOString().slice(0, 10), restale));
  if (triage !== undefined) writeFileAtomicallySync(triage, renderTriage(files, ledger, new Date().toISOString().slice(0, 10), restale));
  const untriaged = files.reduce((sum, f) => sum + f.survivors.filter((s) => s.ledgerClass === 'untriaged').length, 0);
  console.log(`${out}: ${files.length} files, ${files.reduce((s, f) => s + f.survivors.length, 0)} survivors, ${untriaged} untriaged (+${ledger.unreported.reduce((s, p) => s + p.survivors - p.explained, 0)} in parts without a kept report)`);
}

if (process.argv[1]?.endsWith('mutation-survivors.ts')) main(process.argv.slice(2));
