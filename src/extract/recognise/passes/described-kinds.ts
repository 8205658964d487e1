/**
 * A name its own sentence describes as a kind of thing or body (issue 12, classes 7 and 12). Names shaped like a brand
 * ("SunBucks", "FishStat", "InvestHorizon", "ProAzul") or typed by a weak cue are often programmes, data sets or
 * non-profits; the writer usually says which in an apposition or a predicate right after the name, or in a noun right
 * before it:
 * - "creating SunBucks, a new program that …", "InvestHorizon is the only Eureka programme …", "manages X - a website
 *   that …", "“StrigAway,” a … seed variety", "the two public
 *   databases JODI-Oil and JODI-Gas": a thing, no actor (a firm is dropped for any thing noun; an organisation only for
 *   things no body is called, as "a programme" of the UN is a body: `organisationThingNouns`; and only from a predicate
 *   or a noun before it, since a comma after an organisation may open the next item of a list);
 * - "Knights Out and OutServe, both organizations key in …", "non-governmental partners Biofund and ProAzul", "the
 *   non-profit BIO Ventures for Global Health": a body, so a firm becomes an organisation (rule `described-body`);
 * - a firm after "a database of … statistics," (a kind noun, its complement and a comma) is described the same way;
 * - an acronym nothing explains, right before a thing noun ("the Russian GLONASS systems", "BUFR format"), names the
 *   thing: dropped.
 * The describing noun is the head of the phrase after the article (its last word before a function word or a stop), so
 * "a geothermal energy systems developer" describes a firm, not a system. Kept: lexicon entries, firms with a legal
 * form or firm noun in their name ("… Inc.", "… Company"), and names a firm noun describes. Words are data:
 * lexicon/kind-words.json.
 */
import kinds from '../../lexicon/kind-words.json' with { type: 'json' };
import type { CandidateMention } from '../../types.ts';
import { WEAK_FIRM_CUES } from '../rules.ts';
import type { Scan } from '../scan.ts';
import { sentenceAround } from '../scan.ts';
import { retypeDefinitions, voidDefinitions } from './void-definitions.ts';

/** Why a mention was dropped, for reports and tests. */
export const DESCRIBED_THING_RULE = 'described-thing';

export type DescribedKind = 'thing' | 'organisation-thing' | 'body' | 'firm';

const THING_NOUNS: ReadonlySet<string> = new Set(kinds.thingNouns);
const ORGANISATION_THING_NOUNS: ReadonlySet<string> = new Set(kinds.organisationThingNouns);
const BODY_NOUNS: ReadonlySet<string> = new Set(kinds.bodyNouns);
const FIRM_NOUNS: ReadonlySet<string> = new Set(kinds.firmNouns);
const alternatives = (words: readonly string[]): string => words.map((word) => word.replace(/[-\s]/g, '[-\\s]?')).join('|');

/** An apposition or a predicate opening right after the name, up to its article. */
const DESCRIPTION_AFTER = /^(?:\s*\([^()]{0,40}\))?(?:\s*[,—–:]["”]?\s*|\s+-\s+|\s+(?:is|was|are|were|remains|became|becomes)\s+)(?:(?:now|currently|also|still)\s+)?(?:(?:a|an|the|its|their|our|both|all|each|one of (?:the|its|their))\s+)([^.;:,()"“”]{1,80})/u;
/** "Knights Out and OutServe, both organizations …": a list's shared apposition describes every name in it. */
const LIST_DESCRIPTION_AFTER = /^\s+(?:and|&)\s+\p{Lu}[\p{L}\p{N}-]*(?:\s+\p{Lu}[\p{L}\p{N}-]*){0,3}\s*,\s*(?:both|all)\s+([^.;:,()"“”]{1,80})/u;
/** Words that end the described noun phrase. */
const PHRASE_END = new Set(['of', 'for', 'that', 'which', 'who', 'whose', 'with', 'in', 'on', 'to', 'by', 'from', 'and', 'or', 'at', 'under', 'where', 'since', 'based', 'led', 'run', 'created', 'launched', 'founded', 'established', 'designed', 'aimed', 'focused', 'dedicated', 'providing', 'helping', 'offering']);
/** A kind noun right before the name (or before the name's list partner): "public databases JODI-Oil", "the non-profit X". */
const KIND_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}-])(${alternatives([...THING_NOUNS, ...BODY_NOUNS, ...FIRM_NOUNS])})s?\s+(?:\p{Lu}[\p{L}\p{N}-]*\s+(?:and|&)\s+)?$`, 'iu');
/** "maintains a database of global … statistics, FishStat": an article, the kind noun and its complement, a comma. */
const KIND_WITH_COMPLEMENT_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}-])(?:a|an|the|its|their)\s+(?:[\p{Ll}-]+\s+){0,2}(${alternatives([...THING_NOUNS, ...BODY_NOUNS, ...FIRM_NOUNS])})s?\s+(?:of|for|on)\s+[^,.;:()]{1,60},\s*$`, 'iu');
/** "the Russian GLONASS systems", "BUFR format": a thing noun right after an unexplained acronym. */
const THING_NOUN_AFTER = new RegExp(String.raw`^\s+(${alternatives(kinds.organisationThingNouns)}|system|protocol)s?\b`, 'iu');
const BODY_ADJECTIVE_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}-])(?:${alternatives(kinds.bodyAdjectives)})\s+(?:\p{Ll}[\p{Ll}-]*\s+){0,2}(?:\p{Lu}[\p{L}\p{N}-]*\s+(?:and|&)\s+)?$`, 'iu');

/** The kind a noun names, plural or not; undefined for any other word. */
function kindOf(noun: string): DescribedKind | undefined {
  const singular = noun.toLowerCase().replace(/ies$/, 'y').replace(/(?<=[^s])s$/, '');
  for (const form of [noun.toLowerCase(), singular]) {
    if (FIRM_NOUNS.has(form)) return 'firm';
    if (BODY_NOUNS.has(form)) return 'body';
    if (ORGANISATION_THING_NOUNS.has(form)) return 'organisation-thing';
    if (THING_NOUNS.has(form)) return 'thing';
  }
  return undefined;
}

/**
 * The kind of a described phrase's head: its last word (or last two) before a word that ends the phrase. A kind word
 * inside the phrase is no head ("the report says": "report" is the subject, not a description).
 */
function headKind(phrase: string): DescribedKind | undefined {
  const words: string[] = [];
  for (const word of phrase.split(/\s+/).filter(Boolean).slice(0, 7)) {
    if (PHRASE_END.has(word.toLowerCase())) break;
    words.push(word.replace(/[^\p{L}-]/gu, ''));
  }
  const last = words[words.length - 1];
  if (last === undefined) return undefined;
  return (words.length > 1 ? kindOf(`${words[words.length - 2]} ${last}`) : undefined) ?? kindOf(last);
}

/** How a description was written: "X, a …" (apposition), "X is a …" (predicate), or "the database X" (noun before). */
export type DescriptionForm = 'apposition' | 'predicate' | 'before' | 'before-complement';

/** What the sentence around a mention says the named thing is, and how, if it says so right beside the name. */
export function describedKind(text: string, start: number, end: number, sentence: readonly [number, number] = [0, text.length]): { kind: DescribedKind; form: DescriptionForm } | undefined {
  const rest = text.slice(end, sentence[1]);
  const after = DESCRIPTION_AFTER.exec(rest) ?? LIST_DESCRIPTION_AFTER.exec(rest);
  const described = after?.[1] !== undefined ? headKind(after[1]) : undefined;
  if (described) return { kind: described, form: /^[\s(]*(?:\([^()]*\)\s*)?[,—–:]/.test(rest) ? 'apposition' : 'predicate' };
  const before = text.slice(Math.max(sentence[0], start - 80), start);
  const noun = KIND_BEFORE.exec(before)?.[1];
  const kind = noun !== undefined ? kindOf(noun.replace(/\s+/g, ' ')) : BODY_ADJECTIVE_BEFORE.test(before) ? 'body' : undefined;
  if (kind) return { kind, form: 'before' };
  const complemented = KIND_WITH_COMPLEMENT_BEFORE.exec(before)?.[1];
  const far = complemented !== undefined ? kindOf(complemented.replace(/\s+/g, ' ')) : undefined;
  return far ? { kind: far, form: 'before-complement' } : undefined;
}

/** A firm's own name with a legal form or firm noun ("… Inc.", "… Company") needs no description. */
function namesItsForm(scan: Scan, mention: CandidateMention): boolean {
  return mention.label.split(/\s+/).some((word) => {
    const key = word.toLowerCase().replace(/[.,]/g, '');
    return scan.context.lexicon.firmCues.has(key) && !WEAK_FIRM_CUES.has(key);
  });
}

export function applyDescribedKinds(scan: Scan): void {
  const kept: CandidateMention[] = [];
  const dropped = new Set<string>();
  const retyped = new Map<string, 'organisation'>();
  for (const mention of scan.mentions) {
    // "the Russian GLONASS systems": an acronym nothing explains, naming a thing.
    if (mention.rule === 'acronym-undefined' && THING_NOUN_AFTER.test(scan.text.slice(mention.end, mention.end + 20))) {
      dropped.add(mention.label);
      continue;
    }
    if ((mention.type !== 'firm' && mention.type !== 'organisation') || mention.kind !== 'named' || mention.rule === 'lexicon') {
      kept.push(mention);
      continue;
    }
    const described = describedKind(scan.text, mention.start, mention.end, sentenceAround(scan, mention.start));
    const kind = described?.kind;
    if (mention.type === 'firm' && !namesItsForm(scan, mention)) {
      if (kind === 'thing' || kind === 'organisation-thing') {
        dropped.add(mention.label);
        continue;
      }
      if (kind === 'body') {
        kept.push({ ...mention, type: 'organisation', rule: 'described-body' });
        retyped.set(mention.label, 'organisation');
        continue;
      }
    }
    // A comma after an organisation often opens the next item of a list ("… from the X Institute, a master's degree
    // from …"), not an apposition: only a predicate or a noun before the name unmakes an organisation.
    // A noun with its complement before a comma may end the previous clause: only firms are unmade so.
    if (mention.type === 'organisation' && kind === 'organisation-thing' && described?.form !== 'apposition' && described?.form !== 'before-complement') {
      dropped.add(mention.label);
      continue;
    }
    kept.push(mention);
  }
  scan.mentions = kept;
  voidDefinitions(scan, dropped);
  retypeDefinitions(scan, retyped);
}
