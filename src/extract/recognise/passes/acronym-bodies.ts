/**
 * "Middle East Scientific Co-operation (MESC)", "Economic Commission for Asia and the Far East (ECAFE)": a phrase
 * whose words spell the acronym after it is taken as a non-actor's definition unless a rule found an actor in it
 * (text-patterns.ts). A proper name in title case that holds an organisation cue word or a place, and ends in no
 * thing's head word (law, programme, place, facility, industry), defines a body instead: the acronym is an
 * organisation (its mentions keep the rule that found them, `acronym-undefined`).
 */
import { phraseKey } from '../lexicon-index.ts';
import { NON_ACTOR_HEADS, PLACE_AND_FACILITY_NOUNS, PROGRAMME_HEADS } from '../rules.ts';
import type { Scan } from '../scan.ts';
import { normaliseWord } from '../tokens.ts';
import { isPlaceName } from '../word-classes.ts';

const CONNECTORS = new Set(['of', 'for', 'and', 'the', 'in', 'on', 'to', '&']);
const MAX_PLACE_WORDS = 3;

export function defineBodyAcronyms(scan: Scan): void {
  const actorDefined = new Set(scan.acronyms.filter((definition) => definition.type !== 'none').map((definition) => definition.acronym));
  for (const definition of scan.acronyms) {
    if (definition.type === 'none' && !actorDefined.has(definition.acronym) && namesBody(scan, definition.label)) definition.type = 'organisation';
  }
}

function namesBody(scan: Scan, label: string): boolean {
  const { lexicon } = scan.context;
  const words = label.split(/\s+/).filter(Boolean);
  const keys = words.map((word) => normaliseWord(word));
  const content = words.filter((word, i) => !CONNECTORS.has(keys[i] as string));
  if (content.length < 2 || !content.every((word) => /^\p{Lu}/u.test(word)) || CONNECTORS.has(keys[0] as string)) return false;
  const head = keys[keys.length - 1] as string;
  // "Conference on International Organization": the head before the first connector names what is defined too.
  const firstConnector = keys.findIndex((key, i) => i > 0 && CONNECTORS.has(key) && key !== 'and' && key !== '&' && key !== 'the');
  const innerHead = firstConnector > 0 ? keys[firstConnector - 1] as string : head;
  if (NON_ACTOR_HEADS.has(innerHead) || PLACE_AND_FACILITY_NOUNS.has(innerHead) || PROGRAMME_HEADS.has(innerHead) ||
    NON_ACTOR_HEADS.has(head) || PLACE_AND_FACILITY_NOUNS.has(head) || PROGRAMME_HEADS.has(head) || lexicon.firmCues.has(head)) return false;
  // The whole phrase is already known (a place, a state, a known body): nothing to add.
  if (lexicon.phrases.get(phraseKey(label)) !== undefined) return false;
  if (keys.some((key) => lexicon.organisationCues.has(key))) return true;
  for (let from = 0; from < words.length; from++) {
    for (let length = 1; length <= MAX_PLACE_WORDS && from + length <= words.length; length++) {
      const hit = lexicon.phrases.get(phraseKey(words.slice(from, from + length).join(' ')));
      if (hit?.kind === 'not-actor' && /^\p{Lu}/u.test(words[from] as string)) return true;
    }
    if (isPlaceName(keys[from] as string) && /^\p{Lu}/u.test(words[from] as string)) return true;
  }
  return false;
}
