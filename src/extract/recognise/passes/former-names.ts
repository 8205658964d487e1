/**
 * An earlier name written beside the current one is the same actor (issue 12, class 2): "CITIC Group,
 * formerly the China International Trust and Investment Corporation", "Nur Otan (formerly Otan)",
 * "the Fund of Sustainable Development (now Kazyna)", "X, previously known as Y". The earlier name's
 * mention takes the current name's label, type and kind, so the resolver groups the two; its rule
 * says why (`former-name`). Only two mentions with nothing but the linking words between them count.
 */
import type { CandidateMention } from '../../types.ts';
import type { Scan } from '../scan.ts';

/** Current name, then the earlier: ", formerly (known as) (the) …" or " (formerly … ". */
const THEN_EARLIER = /^(?:,\s*|\s*\(\s*)(?:formerly|previously|originally|once)(?:\s+(?:known\s+as|called|named))?(?:\s+the)?\s+$/iu;
/** Earlier name, then the current: " (now (known as|called) (the) …" or ", now known as / renamed (the) …". */
const THEN_CURRENT = /^(?:\s*\(\s*now(?:\s+(?:known\s+as|called|named))?|,\s*(?:now\s+(?:known\s+as|called|named)|renamed|later\s+renamed))(?:\s+the)?\s+$/iu;

export function joinFormerNames(scan: Scan): void {
  const mentions = [...scan.mentions].sort((a, b) => a.start - b.start);
  for (let i = 0; i + 1 < mentions.length; i++) {
    const first = mentions[i] as CandidateMention;
    const second = mentions[i + 1] as CandidateMention;
    if (second.start < first.end) continue;
    const between = scan.text.slice(first.end, second.start);
    if (THEN_EARLIER.test(between)) takeName(second, first);
    else if (THEN_CURRENT.test(between)) takeName(first, second);
  }
}

/** The earlier name counts under the current one. A state's earlier name is left to the lexicon. */
function takeName(earlier: CandidateMention, current: CandidateMention): void {
  if (earlier.type === 'state' || current.type === 'state' || earlier.type === 'person' || current.type === 'person') return;
  earlier.label = current.label;
  earlier.type = current.type;
  earlier.kind = current.kind;
  if (current.acronym === undefined) delete earlier.acronym;
  else earlier.acronym = current.acronym;
  earlier.rule = 'former-name';
}
