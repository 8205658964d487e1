/** The human-readable eval report: the four figures beside their bars, then every miss. */
import type { EvalReport, NodeSummary, Ratio } from './types.ts';

function figure(ratio: Ratio, asPercent: boolean): string {
  if (ratio.value === null) return 'n/a';
  return asPercent ? `${(ratio.value * 100).toFixed(1)} %` : ratio.value.toFixed(3);
}

function line(name: string, ratio: Ratio & { bar: { rule: string; met: boolean } }, asPercent = false): string {
  const bar = asPercent ? ratio.bar.rule.replace(/([\d.]+)$/, (n) => `${(Number(n) * 100).toFixed(0)} %`) : ratio.bar.rule;
  const verdict = ratio.bar.met ? 'ok' : 'BELOW BAR';
  return `${name.padEnd(15)} ${figure(ratio, asPercent).padStart(8)}  (${ratio.numerator}/${ratio.denominator})  bar ${bar}  ${verdict}`;
}

function describeNode(node: NodeSummary): string {
  const others = node.aliases.filter((alias) => alias !== node.label);
  const aliasText = others.length > 0 ? ` aka ${others.slice(0, 6).join(', ')}${others.length > 6 ? ', …' : ''}` : '';
  return `${node.label} [${node.type}, ${node.mentionCount}×]${aliasText}`;
}

function section(title: string, items: string[]): string[] {
  if (items.length === 0) return [`${title}: none`];
  return [`${title} (${items.length}):`, ...items.map((item) => `  - ${item}`)];
}

export function formatReport(report: EvalReport): string {
  const lines = [
    `Extractor evaluation: ${report.counts.nodes} nodes against ${report.counts.goldActors} gold actors`,
    '',
    line('precision', report.precision),
    line('recall', report.recall),
    line('split actors', report.split, true),
    line('type accuracy', report.typeAccuracy, true),
    `merged nodes    ${String(report.merged.length).padStart(8)}  (nodes matching two or more gold actors)`,
    `recall by type  ${report.recallByType.map((t) => `${t.type} ${t.matched}/${t.goldActors}`).join(', ')}`,
    '',
    report.allBarsMet ? 'All bars met.' : 'Some figures are below the bar.',
    '',
    ...section('Missed gold actors', report.missed.map((a) => `${a.label} [${a.type}] (${a.aliases.join(', ')})`)),
    '',
    ...section('Spurious nodes', report.spurious.map((n) => `${describeNode(n)}${report.rejectedNonActors.includes(n.label) ? '  (listed in gold notActors)' : ''}`)),
    '',
    ...section('Split actors', report.splits.map((s) => `${s.gold}: ${s.nodes.map((n) => `${n.label} [${n.type}, ${n.mentionCount}×]`).join(' | ')}`)),
    '',
    ...section('Merged nodes', report.merged.map((m) => `${describeNode(m.node)} → ${m.gold.join(' + ')}`)),
    '',
    ...section('Wrong types', report.wrongTypes.map((w) => `${w.gold}: gold ${w.goldType}, node "${w.node}" is ${w.nodeType}`)),
  ];
  return `${lines.join('\n')}\n`;
}
