import { capitalisedRuns } from '../runs.ts';
import type { Scan } from '../scan.ts';
import { phraseAcronymDefinitions } from '../text-patterns.ts';
import { recogniseRun } from '../run/recognise-run.ts';
import { emitLexiconActorsOnly, isNonActorThing } from '../run/things-and-bodies.ts';
import { joinable } from '../tokens.ts';
import { hasCue } from '../lexicon-lookup.ts';
import { isEventHead, isEventLink, opensOrgan, organOfEvent } from '../run/organ-of-event.ts';

/** "words (ACR)" whose words spell the acronym: non-actor definitions unless a rule finds the phrase names an actor. */
export function definePhraseAcronyms(scan: Scan): void {
  scan.acronyms.push(...phraseAcronymDefinitions(scan.text));
}

/** Groups name-like tokens into capitalised runs ("Bank of China", "Belt and Road Initiative"). */
export function findRuns(scan: Scan): void {
  scan.runs = capitalisedRuns(scan.tokens, scan.nameLike, scan.context.lexicon);
}

/** Lower-case words that continue a thing's name into the next run ("Treaty on the Non-Proliferation of Nuclear Weapons"). */
const THING_CONNECTORS = new Set(['of', 'on', 'for', 'the', 'to', 'against', 'in', 'with', 'between', 'from']);
const MAX_CONNECTORS = 3;
const PLACE_CONNECTORS = new Set(['from', 'in', 'at']);

export function recogniseRuns(scan: Scan): void {
  let thingEnd = -1;
  for (const [start, end] of scan.runs) {
    const between = scan.tokens.slice(thingEnd, start);
    const continuesThing = thingEnd >= 0 && between.length > 0 && between.length <= MAX_CONNECTORS &&
      between.every((token) => !token.capitalised && THING_CONNECTORS.has(token.key) && joinable(token.gap)) &&
      // "a Bachelor of Science … from the University of X", "… Defense Policy in the Bureau of …": a thing is from, in or
      // at a body, not part of its name.
      !(between.some((token) => PLACE_CONNECTORS.has(token.key)) && hasCue(scan.tokens, start, end, scan.context.lexicon));
    // "the Meeting of the Council of Foreign Ministers …": the organ holding the event is a body (run/organ-of-event.ts).
    const organAfterEvent = continuesThing && isEventHead(scan.tokens[thingEnd - 1]) && isEventLink(between) && opensOrgan(scan, start, end);
    const organInside = organAfterEvent ? undefined : organOfEvent(scan, start, end);
    if (organInside) {
      thingEnd = -1;
      recogniseRun(scan, organInside[0], organInside[1]);
      continue;
    }
    if (!organAfterEvent && (continuesThing || isNonActorThing(scan, start, end))) {
      emitLexiconActorsOnly(scan, start, end);
      thingEnd = end;
      continue;
    }
    thingEnd = -1;
    recogniseRun(scan, start, end);
  }
}
