import type { OverrideOperation, Overrides } from '../../graph-format/index.ts';

/**
 * An overrides document holding `operations`. The format name is written out here rather
 * than imported because overrides.ts carries the schema library, which the page's first
 * bundle leaves out; the `Overrides` type still checks it against the contract.
 */
export function overridesOf(operations: readonly OverrideOperation[]): Overrides {
  return { format: 'silkmap-overrides', version: 1, operations: [...operations] };
}

export const NO_OVERRIDES: Overrides = overridesOf([]);

/** The document as a file: indented, so that it reads well and diffs well under version control. */
export function overridesJson(overrides: Overrides): string {
  return `${JSON.stringify(overrides, null, 2)}\n`;
}
