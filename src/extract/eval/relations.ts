/**
 * Scores relation predictions against hand-annotated sentence pairs (format:
 * tests/fixtures/relations/README.md): type accuracy, class accuracy, macro-F1 over types,
 * direction accuracy and the confusion matrix. Pure: the CLI finds the predictions.
 */
import { RELATION_TYPES, relationClassOf, type RelationType } from '../../graph-format/index.ts';

/** A relation with its ends named by the pair's sides: "a" is the actor written first. */
export interface PairRelation {
  type: RelationType;
  from?: 'a' | 'b';
  to?: 'a' | 'b';
  negated?: boolean;
}

export interface GoldPair {
  document: string;
  /** `fresh`: a text of tests/fixtures/fresh/relation/manifest.json, read from SILKMAP_FRESH_RELATION_TEXTS. */
  corpus: 'sample' | 'real' | 'fresh';
  sentence: string;
  a: string;
  b: string;
  relation: PairRelation;
}

export interface RelationScores {
  pairs: number;
  typeAccuracy: number;
  classAccuracy: number;
  macroF1: number;
  /** Over pairs whose gold type is directed and whose predicted type is right. */
  directionAccuracy: number;
  directionPairs: number;
  /** Always answering `none`, for scale. */
  noneBaseline: number;
  /** confusion[gold][predicted] = count. */
  confusion: Record<RelationType, Record<RelationType, number>>;
  perType: { type: RelationType; gold: number; predicted: number; f1: number }[];
}

export function parseRelationGold(data: unknown, file: string): GoldPair[] {
  const pairs = (data as { pairs?: unknown }).pairs;
  if (!Array.isArray(pairs)) throw new Error(`${file}: expected { "pairs": [...] }`);
  return pairs.map((pair: GoldPair, index) => {
    const where = `${file}: pairs[${index}]`;
    if (typeof pair.sentence !== 'string' || typeof pair.a !== 'string' || typeof pair.b !== 'string' || typeof pair.document !== 'string') {
      throw new Error(`${where}: needs document, sentence, a and b`);
    }
    if (pair.corpus !== 'sample' && pair.corpus !== 'real' && pair.corpus !== 'fresh') throw new Error(`${where}: corpus must be "sample", "real" or "fresh"`);
    if (!RELATION_TYPES.includes(pair.relation?.type)) throw new Error(`${where}: unknown relation type "${String(pair.relation?.type)}"`);
    if ((pair.relation.from === undefined) !== (pair.relation.to === undefined)) throw new Error(`${where}: from and to go together`);
    return pair;
  });
}

export function scoreRelations(gold: readonly PairRelation[], predicted: readonly PairRelation[]): RelationScores {
  const confusion = Object.fromEntries(RELATION_TYPES.map((g) => [g, Object.fromEntries(RELATION_TYPES.map((p) => [p, 0]))])) as RelationScores['confusion'];
  let typeRight = 0;
  let classRight = 0;
  let noneRight = 0;
  let directionPairs = 0;
  let directionRight = 0;
  gold.forEach((expected, index) => {
    const got = predicted[index]!;
    confusion[expected.type][got.type]++;
    if (expected.type === got.type) typeRight++;
    if (relationClassOf(expected.type) === relationClassOf(got.type)) classRight++;
    if (expected.type === 'none') noneRight++;
    if (expected.from !== undefined && expected.type === got.type) {
      directionPairs++;
      if (got.from === expected.from && got.to === expected.to) directionRight++;
    }
  });
  const perType = RELATION_TYPES.map((type) => {
    const truePositives = confusion[type][type];
    const goldCount = RELATION_TYPES.reduce((sum, p) => sum + confusion[type][p], 0);
    const predictedCount = RELATION_TYPES.reduce((sum, g) => sum + confusion[g][type], 0);
    const precision = predictedCount > 0 ? truePositives / predictedCount : 0;
    const recall = goldCount > 0 ? truePositives / goldCount : 0;
    return { type, gold: goldCount, predicted: predictedCount, f1: precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0 };
  });
  // Macro-F1 over the types that occur in the gold or the predictions.
  const present = perType.filter((entry) => entry.gold > 0 || entry.predicted > 0);
  const n = gold.length || 1;
  return {
    pairs: gold.length,
    typeAccuracy: typeRight / n,
    classAccuracy: classRight / n,
    macroF1: present.length > 0 ? present.reduce((sum, entry) => sum + entry.f1, 0) / present.length : 0,
    directionAccuracy: directionPairs > 0 ? directionRight / directionPairs : 1,
    directionPairs,
    noneBaseline: noneRight / n,
    confusion,
    perType,
  };
}

const SHORT: Record<RelationType, string> = {
  meets: 'meet', agrees: 'agre', supports: 'supp', cooperates: 'coop', funds: 'fund', trades: 'trad',
  criticises: 'crit', pressures: 'pres', attacks: 'attk', belongs: 'belg', none: 'none',
};

export function formatRelationScores(name: string, scores: RelationScores): string {
  const pct = (value: number) => value.toFixed(3);
  const lines = [
    `${name}: ${scores.pairs} pairs`,
    `  type accuracy      ${pct(scores.typeAccuracy)}   (bar ≥ 0.75; always "none": ${pct(scores.noneBaseline)})`,
    `  class accuracy     ${pct(scores.classAccuracy)}   (bar ≥ 0.80)`,
    `  macro-F1 (types)   ${pct(scores.macroF1)}   (bar ≥ 0.60)`,
    `  direction accuracy ${pct(scores.directionAccuracy)}   (bar ≥ 0.85; ${scores.directionPairs} directed pairs typed right)`,
    '  confusion (rows: gold, columns: predicted)',
    `  ${'gold'.padEnd(11)}${RELATION_TYPES.map((type) => SHORT[type].padStart(5)).join('')}   F1`,
  ];
  for (const type of RELATION_TYPES) {
    const row = scores.confusion[type];
    const entry = scores.perType.find((e) => e.type === type)!;
    if (entry.gold === 0 && entry.predicted === 0) continue;
    lines.push(`  ${type.padEnd(11)}${RELATION_TYPES.map((p) => String(row[p] || '.').padStart(5)).join('')}   ${entry.f1.toFixed(2)}`);
  }
  return lines.join('\n');
}
