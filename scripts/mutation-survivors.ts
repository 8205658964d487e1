/**
 * The survivor ledger in checkable form (issue 18: "every surviving mutant killed or explained"). Reads Stryker's
 * JSON reports (the incremental files in reports/ are full reports too), keeps per source file only the reports
 * made from the file as it is now, counts a mutant killed when any of them killed it or timed out, and writes every
 * remaining survivor (survived or no coverage) with its place, mutator and ledger class from
 * docs/mutation/ledger.json, or "untriaged". Parts of the core whose reports are not kept here are listed from the
 * ledger's `unreported` section with their counts, so the total of untriaged survivors covers the whole core.
 *
 *   npx tsx scripts/mutation-survivors.ts [--out docs/mutation/survivors.md] reports/*.json
 */
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
  readonly unreported: readonly { readonly part: string; readonly survivors: number; readonly explained: number; readonly note: string }[];
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

/** The ledger class of a survivor: by place, mutator and replacement, else by place and mutator, else "untriaged". */
export function classOf(entries: Record<string, string> | undefined, line: number, column: number, mutator: string, replacement: string): string {
  const place = `${line}:${column} ${mutator}`;
  return entries?.[`${place}=${replacement}`] ?? entries?.[place] ?? 'untriaged';
}

/**
 * Merges the reports of each file whose stored source equals `currentSource(file)`: a mutant is killed when any such
 * report killed it; survivors are the rest (ignored and static-ignored mutants are not counted, as in Stryker's score).
 */
export function mergeReports(reports: readonly { readonly name: string; readonly report: Report }[], currentSource: (file: string) => string | undefined,
  ledger: Ledger): FileSurvivors[] {
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
  return [...byFile.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([file, entry]) => {
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
      survivors.push({ line, column, mutator: m.mutatorName, replacement, status: m.status, ledgerClass: classOf(ledger.files[file], line, column, m.mutatorName, replacement) });
    }
    survivors.sort((a, b) => a.line - b.line || a.column - b.column || (a.mutator < b.mutator ? -1 : a.mutator > b.mutator ? 1 : 0) || (a.replacement < b.replacement ? -1 : 1));
    return { file, mutants: entry.mutants.size, killed, survivors, reports: entry.reports };
  });
}

const percent = (part: number, whole: number): string => (whole === 0 ? '–' : `${((100 * part) / whole).toFixed(1)} %`);

/** The committed list: a summary per file, the unreported parts, then every survivor per file. */
export function renderSurvivors(files: readonly FileSurvivors[], ledger: Ledger, generatedOn: string): string {
  const untriagedIn = (f: FileSurvivors): number => f.survivors.filter((s) => s.ledgerClass === 'untriaged').length;
  const listed = files.reduce((sum, f) => sum + f.survivors.length, 0);
  const untriaged = files.reduce((sum, f) => sum + untriagedIn(f), 0);
  const unreported = ledger.unreported.reduce((sum, p) => sum + p.survivors, 0);
  const unreportedUntriaged = ledger.unreported.reduce((sum, p) => sum + p.survivors - p.explained, 0);
  const lines = [
    '# Mutation survivors (generated: `npx tsx scripts/mutation-survivors.ts reports/*.json`; do not edit)',
    '',
    `Generated ${generatedOn} from the Stryker reports kept in reports/ (only reports made from each file as it is now).`,
    `Survivors listed: **${listed}**, of which **${untriaged} untriaged**; classified: ${listed - untriaged}. Parts whose reports are not kept: ${unreported} survivors, ${unreportedUntriaged} of them untriaged (the README explains the rest by description).`,
    `**Untriaged in total: ${untriaged + unreportedUntriaged}.** Classes (docs/mutation/ledger.json; README, Testing, "Survivor ledger"):`,
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

function main(argv: readonly string[]): void {
  const outAt = argv.indexOf('--out');
  const out = outAt >= 0 ? argv[outAt + 1] : 'docs/mutation/survivors.md';
  const inputs = argv.filter((arg, i) => arg !== '--out' && (outAt < 0 || i !== outAt + 1));
  if (out === undefined || inputs.length === 0) throw new Error('usage: mutation-survivors.ts [--out file.md] report.json...');
  const ledger = JSON.parse(readFileSync('docs/mutation/ledger.json', 'utf8')) as Ledger;
  const reports = inputs.map((name) => ({ name: name.replace(/^.*\//, ''), report: JSON.parse(readFileSync(name, 'utf8')) as Report }));
  const sources = new Map<string, string | undefined>();
  const currentSource = (file: string): string | undefined => {
    if (!sources.has(file)) {
      try { sources.set(file, readFileSync(file, 'utf8')); } catch { sources.set(file, undefined); }
    }
    return sources.get(file);
  };
  const files = mergeReports(reports, currentSource, ledger);
  writeFileAtomicallySync(out, renderSurvivors(files, ledger, new Date().toISOString().slice(0, 10)));
  const untriaged = files.reduce((sum, f) => sum + f.survivors.filter((s) => s.ledgerClass === 'untriaged').length, 0);
  console.log(`${out}: ${files.length} files, ${files.reduce((s, f) => s + f.survivors.length, 0)} survivors, ${untriaged} untriaged (+${ledger.unreported.reduce((s, p) => s + p.survivors - p.explained, 0)} in parts without a kept report)`);
}

if (process.argv[1]?.endsWith('mutation-survivors.ts')) main(process.argv.slice(2));
