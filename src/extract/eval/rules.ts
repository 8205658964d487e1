/**
 * Precision per recogniser rule: every node counts for each rule that produced one of its
 * mentions, and is right when it matches a gold actor. A rule that makes junk shows itself.
 * For each missed gold actor, the candidate mentions that had its name (and their rules) say
 * whether the recogniser never saw it or a later stage dropped it. Pure: no I/O.
 */
import type { Graph } from '../../graph-format/index.ts';
import { normaliseSurface } from './normalise.ts';
import type { GoldSet } from './types.ts';

/** A candidate mention as the recogniser left it, located by document path and passage index in that document. */
export interface TracedMention {
  path: string;
  passage: number;
  start: number;
  end: number;
  text: string;
  rule: string;
}

export interface RuleRow {
  rule: string;
  nodes: number;
  right: number;
  precision: number | null;
  /** The wrong nodes with the most mentions. */
  wrong: string[];
}

export interface RuleReport {
  rows: RuleRow[];
  misses: { gold: string; candidates: { text: string; rule: string }[] }[];
}

const UNTRACED = '(resolver)';
const WRONG_SHOWN = 6;

export function ruleReport(graph: Pick<Graph, 'documents' | 'passages' | 'nodes'>, gold: GoldSet, traced: readonly TracedMention[]): RuleReport {
  const goldForms = new Map<string, string>();
  for (const actor of gold.actors) for (const form of [actor.label, ...actor.aliases]) goldForms.set(normaliseSurface(form), actor.label);
  const ruleAt = new Map(traced.map((m) => [`${m.path}|${m.passage}|${m.start}|${m.end}`, m.rule]));
  const pathOf = new Map(graph.documents.map((d) => [d.id, d.path]));
  const locate = new Map(graph.passages.map((p) => [p.id, `${pathOf.get(p.documentId) ?? ''}|${p.id.slice(p.id.lastIndexOf('#p') + 2)}`]));

  const rows = new Map<string, { nodes: number; right: number; wrong: { label: string; count: number }[] }>();
  const matchedGold = new Set<string>();
  for (const node of graph.nodes) {
    const matches = [node.label, ...node.aliases].map((form) => goldForms.get(normaliseSurface(form))).filter((g): g is string => g !== undefined);
    for (const g of matches) matchedGold.add(g);
    const rules = new Set(node.mentions.map((m) => ruleAt.get(`${locate.get(m.passageId)}|${m.start}|${m.end}`) ?? UNTRACED));
    for (const rule of rules) {
      const row = rows.get(rule) ?? { nodes: 0, right: 0, wrong: [] };
      rows.set(rule, row);
      row.nodes++;
      if (matches.length > 0) row.right++;
      else row.wrong.push({ label: `${node.label} [${node.type}]`, count: node.mentionCount });
    }
  }
  const misses = gold.actors.filter((actor) => !matchedGold.has(actor.label)).map((actor) => {
    const forms = new Set([actor.label, ...actor.aliases].map(normaliseSurface));
    const candidates = traced.filter((m) => forms.has(normaliseSurface(m.text))).map((m) => ({ text: m.text, rule: m.rule }));
    const unique = [...new Map(candidates.map((c) => [`${c.text}|${c.rule}`, c])).values()];
    return { gold: actor.label, candidates: unique };
  });
  return {
    rows: [...rows.entries()].map(([rule, row]) => ({
      rule,
      nodes: row.nodes,
      right: row.right,
      precision: row.nodes === 0 ? null : row.right / row.nodes,
      wrong: row.wrong.sort((a, b) => b.count - a.count || a.label.localeCompare(b.label)).slice(0, WRONG_SHOWN).map((w) => w.label),
    })).sort((a, b) => b.nodes - a.nodes || a.rule.localeCompare(b.rule)),
    misses,
  };
}

export function formatRuleReport(report: RuleReport): string {
  const lines = ['Precision per rule (a node counts for every rule that found one of its mentions):'];
  for (const row of report.rows) {
    const value = row.precision === null ? 'n/a' : row.precision.toFixed(3);
    const wrong = row.wrong.length > 0 ? `  wrong: ${row.wrong.join('; ')}` : '';
    lines.push(`  ${row.rule.padEnd(22)} ${value.padStart(6)}  (${row.right}/${row.nodes})${wrong}`);
  }
  lines.push('', 'Missed gold actors and what the recogniser made of them:');
  if (report.misses.length === 0) lines.push('  none');
  for (const miss of report.misses) {
    const seen = miss.candidates.length === 0 ? 'never recognised' : `recognised as ${miss.candidates.map((c) => `"${c.text}" (${c.rule})`).join(', ')}, dropped later`;
    lines.push(`  - ${miss.gold}: ${seen}`);
  }
  return `${lines.join('\n')}\n`;
}
