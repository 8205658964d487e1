/**
 * A body named for the parties it joins, written with a dash ("NATO–Russia Council", "Kazakhstan–China Business
 * Council", "EU–Central Asia Forum"; issue 12, class 4). With a hyphen the words stay one token and one name; an en
 * dash splits them, so the parties before it were read as actors of their own and the body lost its first word
 * ("Russia Council"). A body the rules named from a cue word, preceded across a dash with no space by a state or an
 * organisation (itself perhaps joined by a dash to another), takes the parties in: one mention, rule
 * `dash-joined-body`. Lexicon bodies are left alone ("Russia–NATO relations" is two actors), and so is an em dash,
 * which often opens an aside without spaces ("in Russia—the …"), and a hyphen (see JOINING_DASHES).
 */
import type { CandidateMention } from '../../types.ts';
import type { Scan } from '../scan.ts';

/**
 * The en dash only: a hyphen keeps short names in one token already ("US-China Business Council"), and after a longer
 * lexicon name it joins a programme or a post to it ("Council on Foreign Relations-Hitachi … Fellow"), not parties.
 */
const JOINING_DASHES = new Set(['–']);

export function joinDashedBodies(scan: Scan): void {
  const mentions = [...scan.mentions].sort((a, b) => a.start - b.start);
  const absorbed = new Set<CandidateMention>();
  for (let index = mentions.length - 1; index > 0; index--) {
    const body = mentions[index] as CandidateMention;
    if (absorbed.has(body) || !isNamedBody(body)) continue;
    let first = index;
    while (first > 0 && joinedByDash(scan.text, mentions[first - 1] as CandidateMention, mentions[first] as CandidateMention)) first--;
    if (first === index) continue;
    for (let party = first; party < index; party++) absorbed.add(mentions[party] as CandidateMention);
    body.start = (mentions[first] as CandidateMention).start;
    body.label = scan.text.slice(body.start, body.end);
    body.rule = 'dash-joined-body';
  }
  if (absorbed.size > 0) scan.mentions = scan.mentions.filter((mention) => !absorbed.has(mention));
}

/** An organisation the rules named (a cue word, not a lexicon entry) of two words or more. */
function isNamedBody(mention: CandidateMention): boolean {
  return mention.type === 'organisation' && mention.kind === 'named' && /\s/u.test(mention.label);
}

/** A state or organisation right before `next` with only an en dash between them. */
function joinedByDash(text: string, party: CandidateMention, next: CandidateMention): boolean {
  if (party.type !== 'state' && party.type !== 'organisation') return false;
  return next.start === party.end + 1 && JOINING_DASHES.has(text.charAt(party.end));
}
