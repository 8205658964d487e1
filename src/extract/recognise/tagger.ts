/**
 * The compromise tagger, run on single sentences only, and only when the cheap rules
 * cannot decide whether a capitalised phrase is a person or an organisation.
 */
import type { ActorType } from '../../graph-format/index.ts';
import { tagSentence } from '../sentence-tags.ts';

/** Type compromise gives the words between start and end of `sentence` (offsets inside it), if any. */
export function tagPhrase(sentence: string, start: number, end: number): ActorType | undefined {
  let person = 0;
  let organisation = 0;
  let place = 0;
  // Tagged once per document (the relation stage reuses it: ../sentence-tags.ts).
  for (const term of tagSentence(sentence)) {
    if (term.start < start || term.start >= end) continue;
    if (term.tags.has('Person')) person++;
    if (term.tags.has('Organization')) organisation++;
    if (term.tags.has('Place')) place++;
  }
  if (place > 0 && place >= person && place >= organisation) return undefined;
  if (person > organisation) return 'person';
  if (organisation > 0) return 'organisation';
  return undefined;
}
