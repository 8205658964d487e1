/**
 * A desk of a named body, written before it: "the USSR and Europe Department of the Ministry of Foreign Affairs", "the
 * Legal Division of the Ministry of Justice" (issue 12, class 7; i12-orgs3). The desk is no actor (set 1's and set 2's
 * rule, passes/function-departments.ts), but that pass keeps the whole name when another body's cue word is in it, so
 * the desk and its body made one node. Here the name is cut to the body after "of (the)" when the words before the
 * desk word (department, division, office … : non-actor-heads.json `deskHeads`) name a function or a region as
 * function-departments.ts reads them; the body keeps the mention (rule `desk-of-body`). Left whole: "Department of
 * Energy of the …" (a policy field names a body of its own), a state's department ("U.S. Department of Education
 * Office of …", where the state alone stands before the desk word) and lexicon entries.
 */
import heads from '../../lexicon/non-actor-heads.json' with { type: 'json' };
import type { CandidateMention } from '../../types.ts';
import type { Scan } from '../scan.ts';
import type { Token } from '../tokens.ts';
import { exactKey, isCaseSensitive, phraseKey } from '../lexicon-index.ts';
import { isFunctionDepartment } from './function-departments.ts';

const DESK_HEADS: ReadonlySet<string> = new Set(heads.deskHeads);

/** "U.S.", "Kazakhstan": a state the lexicon knows, as written. */
function isState(scan: Scan, word: string): boolean {
  const hit = scan.context.lexicon.phrases.get(isCaseSensitive(word) ? exactKey(word) : phraseKey(word));
  return hit?.kind === 'actor' && hit.type === 'state';
}

/** Where the body starts inside a desk-of-body mention (a text offset), or -1. */
export function bodyStart(scan: Scan, mention: CandidateMention): number {
  if (mention.type !== 'organisation' || mention.kind !== 'named' || mention.rule === 'lexicon') return -1;
  const tokens = scan.tokens.filter((token) => token.start >= mention.start && token.end <= mention.end);
  const desk = tokens.findIndex((token, index) => index > 0 && DESK_HEADS.has(token.key) && tokens[index + 1]?.key === 'of');
  if (desk < 0) return -1;
  // "U.S. Department of Education Office of …": a state's department is a body, not a desk of the next one.
  if (tokens.slice(0, desk).every((token) => isState(scan, token.text))) return -1;
  const afterOf = desk + 2 + (tokens[desk + 2]?.key === 'the' ? 1 : 0);
  const body = tokens.slice(afterOf);
  const { organisationCues } = scan.context.lexicon;
  if (body.length === 0 || !(body[0] as Token).capitalised || !body.some((token) => organisationCues.has(token.key))) return -1;
  const deskEnd = (tokens[desk] as Token).end;
  const desked: CandidateMention = { ...mention, end: deskEnd, label: scan.text.slice(mention.start, deskEnd) };
  return isFunctionDepartment(scan, desked) ? (body[0] as Token).start : -1;
}

export function cutDesksOffBodies(scan: Scan): void {
  scan.mentions = scan.mentions.map((mention) => {
    const at = bodyStart(scan, mention);
    return at < 0 ? mention : { ...mention, start: at, label: scan.text.slice(at, mention.end), rule: 'desk-of-body' };
  });
}
