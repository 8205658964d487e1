/**
 * "South Valley Water Management District", "Lincoln County School District": a district named for what it runs is a
 * public body, not an area (data `functionalDistrictWords`). Place-named districts ("Khujand District",
 * "Congressional District") stay places. Its possessive ends the name ("… District's Advisory Commission": two bodies).
 */
import { FUNCTIONAL_DISTRICT_WORDS } from '../body-name-words.ts';
import { emit, type Scan } from '../scan.ts';
import type { Token } from '../tokens.ts';

export function typeFunctionalDistricts(scan: Scan): void {
  const runs: [number, number][] = [];
  for (const run of scan.runs) {
    const district = functionalDistrictAt(scan, run);
    if (district === undefined) {
      runs.push(run);
      continue;
    }
    emit(scan, run[0], district, 'named', 'organisation', 'functional-district');
    if (district + 1 < run[1]) runs.push([district + 1, run[1]]);
  }
  scan.runs = runs;
}

/** Index of a functional "District" that ends the run or its first name (a possessive), or undefined. */
function functionalDistrictAt(scan: Scan, run: [number, number]): number | undefined {
  const { tokens } = scan;
  for (let i = run[0] + 1; i < run[1]; i++) {
    const token = tokens[i] as Token;
    if (token.key !== 'district' || !token.capitalised) continue;
    const before = tokens[i - 1] as Token;
    const twoBefore = tokens[i - 2];
    const functional = FUNCTIONAL_DISTRICT_WORDS.has(before.key) || (twoBefore !== undefined && i - 2 >= run[0] && FUNCTIONAL_DISTRICT_WORDS.has(`${twoBefore.key} ${before.key}`));
    if (functional && before.capitalised && (i === run[1] - 1 || token.possessive)) return i;
    return undefined;
  }
  return undefined;
}
