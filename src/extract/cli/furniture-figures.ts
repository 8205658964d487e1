/**
 * The eval's second figure for gold sets that name page furniture (eval/furniture.ts): the same graph scored
 * against the gold without the actors a rule finds only on furniture lines. Both figures are printed; the
 * excluded actors are listed, so the exclusion can be checked by eye on every run.
 */
import { documentText } from '../analyse-document.ts';
import { formsOf, furnitureOnlyActors, normaliseSurface, score, withoutActors, type EvalReport, type FurnitureActor, type GoldSet, type ScoredNode } from '../eval/index.ts';
import { classifiedLines, segmentDocument } from '../segment/index.ts';
import type { SourceFile } from '../types.ts';

export interface FurnitureFigures {
  excluded: FurnitureActor[];
  report: EvalReport;
}

/** Undefined when no gold actor is furniture-only (the second figure would equal the first). */
export function furnitureFigures(files: readonly SourceFile[], gold: GoldSet, nodes: readonly ScoredNode[]): FurnitureFigures | undefined {
  const documents = files.flatMap((file) => {
    const text = documentText(file.bytes, file.path);
    if (text === undefined) return [];
    return [{ text, lines: classifiedLines(text), passages: segmentDocument(text, file.path).passages }];
  });
  const excluded = furnitureOnlyActors(gold, documents);
  if (excluded.length === 0) return undefined;
  const labels = new Set(excluded.map((actor) => actor.label));
  const reduced = withoutActors(gold, labels);
  // A node that names only excluded actors is neither right nor wrong here: it leaves the count.
  const excludedForms = formsOf(gold, labels);
  const keptForms = formsOf(reduced, new Set(reduced.actors.map((actor) => actor.label)));
  const kept = nodes.filter((node) => {
    const forms = [node.label, ...node.aliases].map(normaliseSurface);
    return !forms.some((form) => excludedForms.has(form)) || forms.some((form) => keptForms.has(form));
  });
  return { excluded, report: score({ nodes: [...kept] }, reduced) };
}

const three = (value: number | null): string => (value === null ? 'n/a' : value.toFixed(3));
const percent = (value: number | null): string => (value === null ? 'n/a' : `${(value * 100).toFixed(1)} %`);

export function formatFurnitureFigures(figures: FurnitureFigures): string {
  const { report, excluded } = figures;
  return [
    '',
    `Without page furniture (${excluded.length} gold actors named only on furniture lines, rule in src/extract/eval/furniture.ts):`,
    `  precision ${three(report.precision.value)} (${report.precision.numerator}/${report.precision.denominator}), ` +
      `recall ${three(report.recall.value)} (${report.recall.numerator}/${report.recall.denominator}), ` +
      `split ${percent(report.split.value)}, type ${percent(report.typeAccuracy.value)}`,
    `  excluded: ${excluded.map((actor) => `${actor.label} (${actor.kinds.join('/')})`).join('; ')}`,
    '',
  ].join('\n');
}
