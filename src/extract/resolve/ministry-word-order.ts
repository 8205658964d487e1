/**
 * "<X> Ministry" and "Ministry of <X>" (or "Ministry of <X> Affairs") in one corpus are one body (issue 12, class 9;
 * i12-classes2): "Foreign Ministry" / "Ministry of Foreign Affairs", "Defence Ministry" / "Ministry of Defence",
 * "Mining Ministry" / "Ministry of Mining", as "State Department" / "Department of State" (organ-names.ts). X is one or
 * two words; both must be bodies in the corpus; a ministry named with its state keeps its own key (state-bodies.ts).
 */
import { groupType, mergeGroup, type Groups } from './groups.ts';

const SHORT_FORM = /^([a-z]+(?: [a-z]+)?) ministry$/;

export function mergeMinistryWordOrder(groups: Groups): void {
  for (const group of [...groups.values()]) {
    const x = SHORT_FORM.exec(group.key)?.[1];
    if (x === undefined || groupType(group) !== 'organisation' || !groups.has(group.key)) continue;
    const into = [`ministry of ${x}`, `ministry of ${x} affairs`, `ministry of the ${x}`]
      .map((key) => groups.get(key))
      .find((other) => other !== undefined && groupType(other) === 'organisation');
    if (into) mergeGroup(groups, group, into);
  }
}
