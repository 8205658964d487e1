/**
 * Candidates of every type checked for shapes that name a thing, a place or a government rather
 * than an actor, after the run passes typed them (issue 12, error classes 7, 12 and 16):
 * - a fund named by what its money is for ("Global Equality Fund", "War Victims Fund"): a pot of
 *   money, no body; its defined acronym names nothing either;
 * - a body named only inside a law or treaty's name ("Compacts of Free Association"): part of a thing;
 * - a firm whose words are all ordinary English joined by "and/of/for" ("Environment and Natural
 *   Resources", "Allied Supply of Critical Minerals"): a field or a headline, no firm;
 * - a state and an industry word before a title ("U.S. Energy Secretary"): a department, no firm;
 * - an editor's or judge's title before "of <body>" ("Executive Editor of Bloomberg News"): the body alone;
 * - a president's "Administration" ("Biden-Harris Administration"): the state it governs (rule
 *   `leader-administration`), as the annotation rules count a government under its state;
 * - a government website ("WhiteHouse.gov"): no firm;
 * - a group of people named by a plural agent noun ("Asylum Seekers", "Climate Activists"): no person;
 * - a "person" whose name ends in a hyphen and a number or one or two capitals ("Jason-2", "Metop-C",
 *   "Jason-CS"): a model or series code of a satellite, rocket or product; no person's name ends so;
 * - a person after "St."/"Saint", a ship's prefix ("USS Buchanan") or a lone surname before
 *   ", <region>" ("Richmond, California"): a place, a saint or a ship, no person.
 * Words are data: lexicon/thing-shapes.json.
 */
import shapes from '../../lexicon/thing-shapes.json' with { type: 'json' };
import places from '../../lexicon/places.json' with { type: 'json' };
import type { CandidateMention } from '../../types.ts';
import { exactKey, phraseKey } from '../lexicon-index.ts';
import { lookup } from '../lexicon-lookup.ts';
import { isGenericWord } from '../runs.ts';
import { DIPLOMATIC_MISSIONS, ENGLISH_SUFFIXES, WEAK_FIRM_CUES } from '../rules.ts';
import type { Scan } from '../scan.ts';
import type { Token } from '../tokens.ts';
import { isCommonWord, isFirstName, isLastName } from '../word-classes.ts';
import { isEnglishWord } from '../english-words.ts';

const lower = (words: readonly string[]): Set<string> => new Set(words.map((word) => word.toLowerCase()));
const FUND_PURPOSES = lower(shapes.fundPurposeWords);
const SAINT_WORDS = lower(shapes.saintWords);
const SHIP_PREFIXES = new Set(shapes.shipPrefixes);
const BODY_TITLES = lower(shapes.editorTitles);
const DOCUMENT_HEADS = lower(shapes.documentHeads);
const LEGAL_FORM_PHRASES = lower(shapes.legalFormPhrases);
const ORGAN_HEADS = lower(shapes.organHeads);
const REGIONS = new Set(places);
const LEADERS = new Map<string, string>(Object.entries(shapes.administrationLeaders).flatMap(([state, names]) => names.map((name) => [name.toLowerCase(), state] as [string, string])));
const CONNECTORS = new Set(['and', 'of', 'for', 'on', '&']);
const TITLES_AFTER_DEPARTMENT = new Set(['secretary', 'minister', 'department', 'ministry', 'undersecretary']);

export function checkThingShapes(scan: Scan): void {
  const kept: CandidateMention[] = [];
  const voided = new Set<string>();
  for (const mention of scan.mentions) {
    const from = scan.tokens.findIndex((token) => token.start === mention.start);
    const to = from < 0 ? -1 : scan.tokens.findIndex((token, index) => index >= from && token.end >= mention.end);
    if (from < 0 || to < 0 || mention.rule === 'lexicon' || mention.kind === 'lexicon') {
      kept.push(mention);
      continue;
    }
    const words = scan.tokens.slice(from, to + 1);
    const text = scan.text.slice(mention.start, mention.end);
    if (mention.type === 'organisation' || mention.type === 'firm') {
      // "United Nations International Children's Emergency Fund (UNICEF)": a known body's acronym after it keeps it.
      if ((isPurposeFund(words) || insideDocumentName(scan, from)) && !definesKnownAcronym(scan, mention.label)) {
        voided.add(mention.label);
        continue;
      }
      const mission = missionOfState(scan, from, to);
      if (mission) {
        const end = words.length === 2 ? (scan.tokens[from] as Token).end : mention.end;
        kept.push({ ...mention, end, kind: 'lexicon', type: 'state', rule: 'state-body', label: mission });
        continue;
      }
      const state = leaderAdministration(text);
      if (state) {
        kept.push({ ...mention, kind: 'lexicon', type: 'state', rule: 'leader-administration', label: state });
        continue;
      }
      // "Joint Stock Company": a legal form alone names no firm.
      if (LEGAL_FORM_PHRASES.has(text.toLowerCase())) continue;
      const afterTitle = bodyAfterTitle(scan, from, to) ?? bodyAfterOrgan(scan, from, to);
      if (afterTitle !== undefined) {
        const start = scan.tokens[afterTitle] as Token;
        kept.push({ ...mention, start: start.start, label: scan.text.slice(start.start, mention.end), rule: 'body-after-title' });
        continue;
      }
    }
    // "WhiteHouse.gov": a government website's name is no firm.
    if (mention.type === 'firm' && /^\.(gov|mil)\b/.test(scan.text.slice(mention.end, mention.end + 5))) continue;
    if (mention.type === 'firm' && (isOrdinaryWordsFirm(scan, words) || isDepartmentBeforeTitle(scan, from, to))) continue;
    // "NATO’s Indo-Pacific Partners (IPP)": a group of states; its acronym names no firm either.
    if (mention.type === 'firm' && isRegionGroup(scan, words)) {
      voided.add(mention.label);
      continue;
    }
    // "AmeriCorps": a brand-shaped word ending in a body's cue word is a body.
    if (mention.type === 'firm' && mention.rule === 'brand-word' && endsInBodyCue(scan, text)) {
      kept.push({ ...mention, type: 'organisation' });
      continue;
    }
    if (mention.type === 'person' && (isProductCode(text) || isSaintOrShip(scan, from) || isPlaceBeforeRegion(scan, from, to) || isMissionWord(words) || isPluralGroup(words))) continue;
    kept.push(mention);
  }
  // "Global Equality Fund (GEF)": the acronym a voided phrase defined names nothing either.
  for (const definition of scan.acronyms) if (voided.has(definition.label)) definition.type = 'none';
  // "Nuclear Suppliers Group (NSG)": a definition made while the run was typed takes the name's final type.
  const finalTypes = new Map(kept.filter((mention) => mention.kind !== 'acronym').map((mention) => [mention.label, mention.type]));
  for (const definition of scan.acronyms) {
    const type = finalTypes.get(definition.label);
    if (definition.type !== 'none' && type !== undefined && type !== 'person') definition.type = type;
  }
  scan.mentions = kept.filter((mention) => !(mention.kind === 'acronym' && scan.acronyms.some((d) => d.type === 'none' && d.acronym === mention.label && voided.has(d.label))));
}

/** "Global Equality Fund": a fund named by its purpose is a pot of money; "World Wildlife Fund" is a body. */
function isPurposeFund(words: readonly Token[]): boolean {
  const last = words[words.length - 1];
  const before = words[words.length - 2];
  return !!last && !!before && (last.key === 'fund' || last.key === 'funds') && FUND_PURPOSES.has(before.key);
}

/** "Compacts of Free Association": a capitalised document head and "of (the)" right before the body. */
function insideDocumentName(scan: Scan, from: number): boolean {
  let at = from - 1;
  if (scan.tokens[at]?.key === 'the' && !scan.tokens[at]?.capitalised) at--;
  const of = scan.tokens[at];
  const head = scan.tokens[at - 1];
  if (!of || !head || of.key !== 'of' || of.capitalised || !head.capitalised) return false;
  return DOCUMENT_HEADS.has(head.key);
}

/** "Biden-Harris Administration", "Obama Administration": a president's government, counted under its state. */
function leaderAdministration(text: string): string | undefined {
  const match = /^(.+?)\s+Administration$/.exec(text);
  if (!match?.[1]) return undefined;
  const names = match[1].split(/[\s\-‐–\u2060]+/).filter(Boolean).map((name) => name.toLowerCase());
  const states = new Set(names.map((name) => LEADERS.get(name)));
  return states.size === 1 && !states.has(undefined) && names.length <= 3 ? [...states][0] : undefined;
}

/** "Executive Editor of Bloomberg News": the index of the body's first word after the title and "of (the)". */
function bodyAfterTitle(scan: Scan, from: number, to: number): number | undefined {
  for (let i = from + 1; i < to; i++) {
    if ((scan.tokens[i] as Token).key !== 'of') continue;
    const title = scan.text.slice((scan.tokens[from] as Token).start, (scan.tokens[i - 1] as Token).end).toLowerCase();
    if (!BODY_TITLES.has(title)) return undefined;
    const start = scan.tokens[i + 1]?.key === 'the' ? i + 2 : i + 1;
    return start <= to ? start : undefined;
  }
  return undefined;
}

/** "Allied Supply of Critical Minerals": only ordinary words and industry cues, joined by "and/of/for". */
function isOrdinaryWordsFirm(scan: Scan, words: readonly Token[]): boolean {
  if (!words.some((word) => CONNECTORS.has(word.key) && !word.capitalised)) return false;
  // "National Oil and Gas Company": a legal form or "Company" still names a firm.
  if (words.some((word) => scan.context.lexicon.firmCues.has(word.key) && !WEAK_FIRM_CUES.has(word.key))) return false;
  const ordinary = (word: Token): boolean => word.capitalised && !word.allCaps &&
    (isGenericWord(word, scan.context) || isCommonWord(word.key) || isEnglishWord(word.key) || ENGLISH_SUFFIXES.test(word.key));
  // "Russian Oil and Reducing Dependence on Russian Energy", "Japan Exchange and Teaching": in a phrase of four words
  // or more a demonym or a state's name says where, not who.
  const demonym = (index: number): boolean => {
    const hit = words.length >= 4 ? lookup([...words], index, index + 1, scan.context.lexicon) : undefined;
    return hit?.kind === 'demonym' || hit?.kind === 'actor' && hit.type === 'state';
  };
  return words.every((word, index) => CONNECTORS.has(word.key) || WEAK_FIRM_CUES.has(word.key) || ordinary(word) || demonym(index));
}

/** "U.S. Energy Secretary": a state word and industry words right before a minister's title. */
function isDepartmentBeforeTitle(scan: Scan, from: number, to: number): boolean {
  const next = scan.tokens[to + 1];
  if (!next || !next.capitalised || !TITLES_AFTER_DEPARTMENT.has(next.key) || !/^\s+$/.test(next.gap)) return false;
  const first = lookup(scan.tokens, from, from + 1, scan.context.lexicon);
  if (!(first?.kind === 'demonym' || first?.kind === 'actor' && first.type === 'state')) return false;
  return scan.tokens.slice(from + 1, to + 1).every((word) => WEAK_FIRM_CUES.has(word.key));
}

/** "Sentinel-6", "Metop-C", "Jason-CS": a hyphen, then digits or one or two capitals, ends a product's code. */
function isProductCode(text: string): boolean {
  return /[-‐–](?:\d+[A-Za-z]?|\p{Lu}{1,2})$/u.test(text);
}

/** "St. Louis", "Saint Helena", "USS Buchanan": a saint's or a ship's name. */
function isSaintOrShip(scan: Scan, from: number): boolean {
  const first = scan.tokens[from] as Token;
  if (SAINT_WORDS.has(first.key) || SHIP_PREFIXES.has(first.text)) return true;
  const before = scan.tokens[from - 1];
  return !!before && (SAINT_WORDS.has(before.key) || SHIP_PREFIXES.has(before.text)) && /^\.?\s+$/.test(first.gap);
}

/** "Richmond, California": a lone word before a comma and a region is a town. */
function isPlaceBeforeRegion(scan: Scan, from: number, to: number): boolean {
  if (from !== to) return false;
  const next = scan.tokens[to + 1];
  if (!next || !/^,\s+$/.test(next.gap)) return false;
  const two = scan.tokens[to + 2];
  const region = two && /^\s+$/.test(two.gap) && REGIONS.has(`${next.text} ${two.text}`) ? `${next.text} ${two.text}` : next.text;
  return REGIONS.has(region) && phraseKey(region) !== (scan.tokens[from] as Token).key;
}

/** "Indo-Pacific Partners": a region and an industry word name a group of states, no firm. */
function isRegionGroup(scan: Scan, words: readonly Token[]): boolean {
  const last = words[words.length - 1];
  if (!last || words.length < 2 || !WEAK_FIRM_CUES.has(last.key)) return false;
  return REGIONS.has(scan.text.slice((words[0] as Token).start, (words[words.length - 2] as Token).end));
}

/** "AmeriCorps": the word's last capitalised part is an organisation cue ("Corps"). */
function endsInBodyCue(scan: Scan, text: string): boolean {
  const tail = /\p{Lu}\p{Ll}+$/u.exec(text.slice(1));
  return !!tail && scan.context.lexicon.organisationCues.has(tail[0].toLowerCase());
}

/**
 * "Board of UBS Optimus Foundation", "Senior Director for Nonproliferation on the National Security Council": an
 * advisory organ of a named body, or a portfolio "on the" body, stands for the body (one with its own cue word).
 */
function bodyAfterOrgan(scan: Scan, from: number, to: number): number | undefined {
  const cues = scan.context.lexicon.organisationCues;
  for (let i = from + 1; i < to; i++) {
    const word = scan.tokens[i] as Token;
    if (word.capitalised || (word.key !== 'of' && word.key !== 'on')) continue;
    const head = scan.text.slice((scan.tokens[from] as Token).start, (scan.tokens[i - 1] as Token).end).toLowerCase();
    const start = scan.tokens[i + 1]?.key === 'the' ? i + 2 : i + 1;
    const bodyHasCue = scan.tokens.slice(start, to + 1).some((token) => token.capitalised && (cues.has(token.key) || scan.context.lexicon.firmCues.has(token.key)));
    if (start >= to || !bodyHasCue) return undefined;
    if (word.key === 'of' && ORGAN_HEADS.has(head)) return start;
    // "… on the National Security Council": the words before "on" hold no cue of their own.
    if (word.key === 'on' && scan.tokens[i + 1]?.key === 'the' && !scan.tokens.slice(from, i).some((token) => cues.has(token.key))) return start;
    return undefined;
  }
  return undefined;
}

const isMissionWord = (words: readonly Token[]): boolean => words.length === 1 && DIPLOMATIC_MISSIONS.has(singular((words[0] as Token).key));
const singular = (key: string): string => key.replace(/ies$/, 'y').replace(/s$/, '');

/** "U.S. Embassy", "Chinese Consulates" left by any path: the state (an embassy counts under its state). */
function missionOfState(scan: Scan, from: number, to: number): string | undefined {
  // "Embassy of Japan", "Consulate General of the United States": the state after "of".
  const first = scan.tokens[from] as Token;
  if (DIPLOMATIC_MISSIONS.has(singular(first.key)) && to > from + 1) {
    let at = from + 1;
    if (scan.tokens[at]?.key === 'general') at++;
    if (scan.tokens[at]?.key !== 'of') return undefined;
    at++;
    if (scan.tokens[at]?.key === 'the') at++;
    const state = at <= to ? lookup(scan.tokens, at, to + 1, scan.context.lexicon) : undefined;
    return state?.kind === 'actor' && state.type === 'state' ? state.label : undefined;
  }
  if (to - from !== 1) return undefined;
  const body = (scan.tokens[to] as Token).key;
  if (!DIPLOMATIC_MISSIONS.has(singular(body))) return undefined;
  const hit = lookup(scan.tokens, from, from + 1, scan.context.lexicon);
  return hit && (hit.kind === 'demonym' || hit.kind === 'actor' && hit.type === 'state') ? hit.label : undefined;
}

function definesKnownAcronym(scan: Scan, label: string): boolean {
  return scan.acronyms.some((definition) => definition.label === label && scan.context.lexicon.phrases.get(exactKey(definition.acronym))?.kind === 'actor');
}

/** "Asylum Seekers", "Climate Activists": words ending in a plural of people, none of them a given name or surname. */
function isPluralGroup(words: readonly Token[]): boolean {
  const last = words[words.length - 1];
  if (!last || words.length < 2 || !/(?:ers|ees|ists|ants|ents)$/.test(last.key)) return false;
  return words.every((word) => !isFirstName(word.key) && !isLastName(word.key));
}
