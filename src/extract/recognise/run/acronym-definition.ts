/** "Full Name (ACR)": a recognised name followed by its acronym in brackets defines the acronym. */
import type { ActorType } from '../../../graph-format/index.ts';
import type { Scan } from '../scan.ts';
import { acronymFits } from '../text-patterns.ts';
import type { Token } from '../tokens.ts';

export const MAX_ACRONYM_LETTERS = 10;

export function recordAcronym(scan: Scan, from: number, to: number, type: ActorType | 'none', label?: string, lettersMayDiffer = false): void {
  const last = scan.tokens[to] as Token;
  const after = /^\s*\(\s*((?:\p{Lu}\.?){2,}[\p{Lu}\p{N}&.-]*)\s*\)/u.exec(scan.text.slice(last.end, last.end + MAX_ACRONYM_LETTERS + 6));
  if (!after || !after[1]) return;
  const first = scan.tokens[from] as Token;
  const acronym = after[1].replace(/\./g, '');
  const written = scan.text.slice(first.start, last.end);
  // "Pakistan (TTP)" is not a definition: the acronym's letters must come from the phrase's words.
  if (!lettersMayDiffer && !acronymFits(acronym, written) && !(label !== undefined && acronymFits(acronym, label))) return;
  scan.acronyms.push({ acronym, label: label ?? written, type });
}
