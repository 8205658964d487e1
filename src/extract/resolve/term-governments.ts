/**
 * "the Provisional Government", "the Interim Government" written bare (issue 12, class 10; i12-classes2): a state's
 * government for a term, named without its state, in a text about that state ("First Vice Chairman of the
 * Provisional Government" in a Kyrgyz politician's biography). Each such mention counts for the state its document
 * names most (at least twice, and more often than any other state); where no state stands out it stays as it was.
 * A government after a state's possessive is read in the recogniser (passes/governments-of.ts).
 */
import { groupLabel, groupType, moveMentions, type Group, type Groups } from './groups.ts';

const TERM_GOVERNMENT_KEY = /^(?:interim|provisional|transitional|caretaker) government$/;
const MIN_STATE_MENTIONS = 2;

export function mergeTermGovernments(groups: Groups): void {
  const terms = [...groups.values()].filter((group) => TERM_GOVERNMENT_KEY.test(group.key) && groupType(group) !== 'state');
  if (terms.length === 0) return;
  // Per document, the state named most often there.
  const counts = new Map<number, Map<Group, number>>();
  for (const group of groups.values()) {
    if (groupType(group) !== 'state' || groupLabel(group) === undefined) continue;
    for (const [document, count] of group.documents) {
      const forDocument = counts.get(document) ?? new Map<Group, number>();
      forDocument.set(group, count);
      counts.set(document, forDocument);
    }
  }
  const mainState = (document: number): Group | undefined => {
    const ranked = [...(counts.get(document) ?? new Map<Group, number>()).entries()].sort((a, b) => b[1] - a[1]);
    const [first, second] = ranked;
    if (first === undefined || first[1] < MIN_STATE_MENTIONS || (second !== undefined && second[1] === first[1])) return undefined;
    return first[0];
  };
  for (const term of terms) {
    for (const document of [...term.documents.keys()]) {
      const state = mainState(document);
      if (state !== undefined && groups.has(term.key)) moveMentions(groups, term, state, (mention) => mention.document === document);
    }
  }
}
