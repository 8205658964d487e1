/**
 * Embassies, consulates, missions, ministries and parliaments of a state are written many
 * ways: "the U.S. Embassy in Kabul", "US Embassy in Kabul", "Embassy of the United States
 * in Kabul", "American Embassy in Kabul"; "Chinese Foreign Ministry", "Ministry of Foreign
 * Affairs of China", "China's MFA". They meet under one canonical key:
 * "<body> of <state>[ in <place>]", the state named as the lexicon names it.
 */
import type { LexiconIndex } from '../recognise/index.ts';
import { labelKey } from './keys.ts';

/** Body words after a state ("Chinese Embassy") or before "of <state>" ("Embassy of China"), in key form, → canonical body. */
function canonicalBody(words: string[]): string | undefined {
  const body = words.join(' ');
  if (/^(embassy|embassies)$/.test(body)) return 'embassy';
  if (/^(consulate|consulates|consulate general|consul general)$/.test(body)) return 'consulate';
  if (/^(high commission|permanent mission|mission|parliament|national assembly|foreign office)$/.test(body)) return body;
  if (/^(mfa|foreign ministry|foreign affairs ministry|ministry (of|for) foreign affairs|ministry of foreign relations)$/.test(body)) return 'ministry of foreign affairs';
  const of = /^ministry (?:of|for) (?:the )?(.+)$/.exec(body);
  if (of) return `ministry of ${of[1]}`;
  const before = /^([a-z]+(?: affairs)?) ministry$/.exec(body);
  if (before) return `ministry of ${before[1]}`;
  return undefined;
}

const PLACE_PREPOSITIONS = new Set(['in', 'to', 'at']);

/**
 * The key of a body's name with the state it names spelled one way: "U.S. Citizenship and
 * Immigration Services" = "United States Citizenship and Immigration Services".
 */
export function bodyKey(label: string, lexicon: LexiconIndex): string {
  const words = labelKey(label).split(' ');
  const capitals = capitalWords(label);
  const out: string[] = [];
  for (let from = 0; from < words.length;) {
    const found = stateAt(words, from, capitals, lexicon, false);
    if (found) {
      out.push(labelKey(found[1]));
      from = found[0];
    } else out.push(words[from++] as string);
  }
  return out.join(' ');
}

/**
 * The key of a body's name without a leading state ("United States Department of Energy" →
 * "department of energy"), with that state's label; undefined when it has none.
 */
export function withoutLeadingState(label: string, lexicon: LexiconIndex): { rest: string; state: string } | undefined {
  const words = labelKey(label).split(' ');
  const found = stateAt(words, 0, capitalWords(label), lexicon, false);
  if (!found || found[0] >= words.length) return undefined;
  return { rest: bodyKey(words.slice(found[0]).join(' '), lexicon), state: found[1] };
}

/** The state a label names when it is that state's government ("Government of France", "the U.S. Government"). */
export function governmentOf(label: string, lexicon: LexiconIndex): string | undefined {
  const words = labelKey(label).split(' ').filter((word) => word !== 'the');
  const capitals = capitalWords(label);
  if (words[0] === 'government' && words[1] === 'of') {
    const found = stateAt(words, 2, capitals, lexicon, false);
    return found && found[0] === words.length ? found[1] : undefined;
  }
  if (words[words.length - 1] === 'government') {
    const found = stateAt(words, 0, capitals, lexicon, true);
    return found && found[0] === words.length - 1 ? found[1] : undefined;
  }
  return undefined;
}

/** Words written in capitals ("US", "U.S."), which may be a state's code; "us" or "in" otherwise never are. */
function capitalWords(label: string): Set<string> {
  return new Set([...label.matchAll(/(?:\p{Lu}\.){2,}|\b\p{Lu}{2,}\b/gu)].map((match) => match[0].replace(/\./g, '').toLowerCase()));
}

/** The longest run of words from `from` naming a state (its name or an alias; with `demonyms`, also a demonym): [end, state label]. */
function stateAt(words: string[], from: number, capitals: ReadonlySet<string>, lexicon: LexiconIndex, demonyms: boolean): [number, string] | undefined {
  for (let to = Math.min(words.length, from + lexicon.maxPhraseTokens); to > from; to--) {
    const phrase = words.slice(from, to).join(' ');
    const hit = lexicon.phrases.get(phrase) ?? (to - from === 1 && capitals.has(phrase) ? lexicon.phrases.get(`=${phrase.toUpperCase()}`) : undefined);
    if (hit && ((hit.kind === 'actor' && hit.type === 'state') || (demonyms && hit.kind === 'demonym'))) return [to, hit.label];
  }
  return undefined;
}

/** The canonical key of a state body's name, or undefined when the name is not one. */
export function stateBodyKey(label: string, lexicon: LexiconIndex): string | undefined {
  const words = labelKey(label).split(' ');
  if (words.length < 2) return undefined;
  const found = findState(words, capitalWords(label), lexicon);
  if (!found) return undefined;
  const [from, to, state] = found;
  let before = words.slice(0, from);
  if (before[before.length - 1] === 'the') before = before.slice(0, -1);
  const after = words.slice(to);
  let body: string[];
  let rest: string[];
  if (before.length === 0) {
    // "Chinese Embassy in Kazakhstan", "U.S. Embassy", "Kyrgyz Parliament"
    const preposition = after.findIndex((word) => PLACE_PREPOSITIONS.has(word));
    body = preposition < 0 ? after : after.slice(0, preposition);
    rest = preposition < 0 ? [] : after.slice(preposition);
  } else if (before[before.length - 1] === 'of') {
    // "Embassy of the United States in Kabul", "Ministry of Defence of Russia"
    body = before.slice(0, -1);
    rest = after;
  } else return undefined;
  const canonical = canonicalBody(body);
  if (canonical === undefined) return undefined;
  if (rest.length > 0 && !(PLACE_PREPOSITIONS.has(rest[0] as string) && rest.length > 1)) return undefined;
  const place = rest.slice(1).filter((word) => word !== 'the').join(' ');
  return `${canonical} of ${labelKey(state)}${place ? ` in ${place}` : ''}`;
}

/** The first and longest run of words naming a state (its name, an alias or a demonym): [from, to, state label]. */
function findState(words: string[], capitals: ReadonlySet<string>, lexicon: LexiconIndex): [number, number, string] | undefined {
  for (let from = 0; from < words.length; from++) {
    const found = stateAt(words, from, capitals, lexicon, true);
    if (found) return [from, found[0], found[1]];
  }
  return undefined;
}
