/**
 * The compromise tagger, run on single sentences only, and only when the cheap rules
 * cannot decide whether a capitalised phrase is a person or an organisation.
 */
import nlp from 'compromise';
import type { ActorType } from '../../graph-format/index.ts';

interface JsonTerm { tags?: string[]; offset?: { start: number; length: number } }

/** Type compromise gives the words between start and end of `sentence` (offsets inside it), if any. */
export function tagPhrase(sentence: string, start: number, end: number): ActorType | undefined {
  const document = nlp(sentence);
  const json = document.json({ offset: true, terms: { offset: true } }) as { terms?: JsonTerm[] }[];
  let person = 0;
  let organisation = 0;
  let place = 0;
  for (const sentenceJson of json) {
    for (const term of sentenceJson.terms ?? []) {
      const offset = term.offset;
      if (!offset || offset.start < start || offset.start >= end) continue;
      const tags = term.tags ?? [];
      if (tags.includes('Person')) person++;
      if (tags.includes('Organization')) organisation++;
      if (tags.includes('Place')) place++;
    }
  }
  if (place > 0 && place >= person && place >= organisation) return undefined;
  if (person > organisation) return 'person';
  if (organisation > 0) return 'organisation';
  return undefined;
}
