/**
 * "Government" named after whom or what it belongs to (issue 12, classes 7 and 10; i12-classes2):
 * - "the Government of Almazbek Atambayev": a cabinet named after the person who led it is no body of its own; the
 *   person is the actor (rule `government-of-person`). The part after "of" must look like a person's name: two or three
 *   capitalised words, the first a known given name or the last with a surname ending (lexicon/person-names.ts), none
 *   a common English word or a lexicon entry ("Government of National Unity", "Government of Hong Kong" stay).
 * - "Kyrgyzstan's Interim Government", "Afghanistan's Transitional Government": a state's government, with or without
 *   a word for its term, after the state's possessive, is the state (rule `state-government`), as governmentOf
 *   (resolve/state-bodies.ts) reads "the Government of Kyrgyzstan".
 */
import { givenNames, surnameSuffixOf } from '../../lexicon/person-names.ts';
import type { CandidateMention } from '../../types.ts';
import { isEnglishWord } from '../english-words.ts';
import { exactKey, isCaseSensitive, phraseKey } from '../lexicon-index.ts';
import type { Scan } from '../scan.ts';

const GIVEN_NAMES: ReadonlySet<string> = new Set(givenNames);
const OF_PERSON = /^(?:the\s+)?(?:Government|Cabinet|Administration|Regime)\s+of\s+(\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+){1,2})$/u;
const TERM_GOVERNMENT = /^(?:(?:Interim|Provisional|Transitional|Caretaker|Coalition|National|Federal|Central)\s+)?Government$/u;
const POSSESSIVE_BEFORE = /(\p{Lu}[\p{L}-]+)['’]s\s+$/u;

function lexiconHit(scan: Scan, phrase: string) {
  return scan.context.lexicon.phrases.get(isCaseSensitive(phrase) ? exactKey(phrase) : phraseKey(phrase));
}

function personAfterOf(scan: Scan, mention: CandidateMention): string | undefined {
  const name = OF_PERSON.exec(mention.label)?.[1];
  if (name === undefined) return undefined;
  const words = name.split(/\s+/);
  if (words.some((word) => isEnglishWord(word.toLowerCase()) || lexiconHit(scan, word) !== undefined) || lexiconHit(scan, name) !== undefined) return undefined;
  const first = words[0] as string;
  const last = words[words.length - 1] as string;
  return GIVEN_NAMES.has(first) || surnameSuffixOf(last) !== undefined ? name : undefined;
}

function stateBefore(scan: Scan, mention: CandidateMention): string | undefined {
  if (mention.type !== 'organisation' || !TERM_GOVERNMENT.test(mention.label)) return undefined;
  const owner = POSSESSIVE_BEFORE.exec(scan.text.slice(Math.max(0, mention.start - 40), mention.start))?.[1];
  const hit = owner === undefined ? undefined : lexiconHit(scan, owner);
  return hit?.kind === 'actor' && hit.type === 'state' ? hit.label : undefined;
}

export function readGovernmentsOf(scan: Scan): void {
  const kept: CandidateMention[] = [];
  for (const mention of scan.mentions) {
    if (mention.kind === 'lexicon' || mention.rule === 'lexicon' || mention.type !== 'organisation') {
      kept.push(mention);
      continue;
    }
    const person = personAfterOf(scan, mention);
    const state = person === undefined ? stateBefore(scan, mention) : undefined;
    if (person !== undefined) {
      const start = mention.start + mention.label.lastIndexOf(person);
      kept.push({ passage: mention.passage, start, end: start + person.length, kind: 'named', type: 'person', rule: 'government-of-person', label: person });
    } else if (state !== undefined) {
      kept.push({ ...mention, type: 'state', label: state, rule: 'state-government' });
    } else kept.push(mention);
  }
  scan.mentions = kept;
}
