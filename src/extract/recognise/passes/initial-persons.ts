/**
 * "His 1982 decision to replace the bank's Chief Economist, Hollis B. Chenery, with Anne Krueger": a name shaped
 * "Given Initial. Surname" (a middle initial between two single capitalised words) is a person's, whatever a list
 * neighbour or the tagger said (issue 12, class 12). Bodies and firms are not written with a middle initial; acronyms
 * and "&" names do not take this shape. Retyped person (rule `middle-initial`) only from those two weak rules.
 */
import type { Scan } from '../scan.ts';

const MIDDLE_INITIAL_NAME = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)? \p{Lu}\. \p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u;
const WEAK_RULES: ReadonlySet<string> = new Set(['list-neighbour', 'tagger']);

export function typeMiddleInitialPersons(scan: Scan): void {
  scan.mentions = scan.mentions.map((mention) =>
    mention.type !== 'person' && WEAK_RULES.has(mention.rule ?? '') && MIDDLE_INITIAL_NAME.test(mention.label)
      ? { ...mention, type: 'person', rule: 'middle-initial' }
      : mention);
}
