/**
 * The context tests of src/extract/recognise/run/name-context.ts, one call at a time on hand-written text over the
 * real lexicon. Each row's expected answer is worked out from the function's stated rule (its comment, quoted in
 * the test's name) and the word lists it reads; invented words ("Zorbu", "Zorbus") are in no list. Written to
 * kill the survivors of the 2026-12-07 mutation run (docs/testing.md).
 */
import { describe, expect, it } from 'vitest';
import {
  followsPluralTitleAndName, followsTitleConnector, isPlaceUse, isTitleBefore, portfolioLength, skipLeadingTitles, standsForState,
} from '../../src/extract/recognise/run/name-context.ts';
import type { Scan } from '../../src/extract/recognise/scan.ts';
import { scanOf } from '../helpers/recognise-scan.ts';

/** The scan of `text` and the index of the token that starts where `word` first occurs ("$": the end). */
function at(text: string, word: string): { scan: Scan; index: number } {
  const scan = scanOf(text);
  if (word === '$') return { scan, index: scan.tokens.length };
  const start = text.indexOf(word);
  const index = scan.tokens.findIndex((token) => token.start === start);
  if (start < 0 || index < 0) throw new Error(`no token "${word}" in "${text}"`);
  return { scan, index };
}
const endOf = (text: string, word: string): number => at(text, word).index;

describe('isTitleBefore: a title word right before the run', () => {
  // "-designate"/"-elect" joined by a hyphen are skipped; an abbreviated title (four letters at most, capitalised)
  // keeps its full stop; a lower-case title must be a noun; a title cut off by punctuation titles nothing.
  it.each([
    ["Foreign Minister-designate Amir Khan said.", "Amir", true],
    ["Foreign Minister-elect Amir Khan said.", "Amir", true],
    ["Foreign Minister designate Amir Khan said.", "Amir", false],
    ["Foreign Minister-elected Amir Khan said.", "Amir", false],
    ["Foreign Minister- designate Amir Khan said.", "Amir", false],
    ["Foreign Minister-designates Amir Khan said.", "Amir", false],
    ["Foreign Minister-designate", "designate", true],
    ["Gen. Abdul Wardak said.", "Abdul", true],
    ["Genl. Abdul Wardak said.", "Abdul", false],
    ["Generals. Abdul Wardak said.", "Abdul", false],
    ["gen. Abdul Wardak said.", "Abdul", false],
    ["Gen.  Abdul Wardak said.", "Abdul", false],
    ["Gen., Abdul Wardak said.", "Abdul", false],
    ["when Atambayev was president, Moscow was", "Moscow", false],
    ["President Xi said.", "Xi", true],
    ["Senators Collins and King said.", "King", true],
    ["Vice President Xi said.", "Xi", true],
    ["Deputy Prime Minister Xi said.", "Xi", true],
    ["spokesman Hua said.", "Hua", true],
    ["a major Covid outbreak.", "Covid", false],
    ["Minister, Xi said.", "Xi", false],
    ["Minister. Xi said.", "Xi", false],
    ["Prime Minister. Xi said.", "Xi", false],
    ["Prime. Minister Xi said.", "Xi", true],
    ["Xi said.", "Xi", false],
    ["the Secretary of State Xi said.", "Xi", true],
    ["the Minister of State Xi said.", "Xi", false],
    ["the Secretary of Xi said.", "Xi", false],
    ["Gen.. Abdul Wardak said.", "Abdul", false],
    ["the Secretary of. State Xi said.", "Xi", false],
  ])('%s (run at "%s") → %s', (text, word, expected) => {
    const { scan, index } = at(text, word);
    expect(isTitleBefore(scan, index)).toBe(expected);
  });
});

describe('followsPluralTitleAndName: "Senators Collins and King"', () => {
  // A capitalised plural title, at most one capitalised name joined closely, then a lower-case "and".
  it.each([
    ["Senators Collins and King said.", "King", true],
    ["Senator Collins and King said.", "King", false],
    ["Senators Collins And King said.", "King", false],
    ["Senators Collins or King said.", "King", false],
    ["Senators Susan Collins and King said.", "King", false],
    ["Senators susan Collins and King said.", "King", false],
    ["Senators Susan, Collins and King said.", "King", false],
    ["senators Collins and King said.", "King", false],
    ["Zorbus Collins and King said.", "King", false],
    ["the Senators and King said.", "King", true],
    ["and King said.", "King", false],
    ["Senators Collins and", "and", false],
    ["Senators susan and King said.", "King", false],
    ["Senators, Collins and King said.", "King", false],
  ])('%s (run at "%s") → %s', (text, word, expected) => {
    const { scan, index } = at(text, word);
    expect(followsPluralTitleAndName(scan, index)).toBe(expected);
  });
});

describe('skipLeadingTitles: where the name starts after titles and connectors', () => {
  // "General" before a body word is part of the body's name; lower-case connectors after the titles are skipped.
  it.each([
    ["President of the European Commission", "President", "$", "European"],
    ["President Vice President Zorbu", "President", "$", "Zorbu"],
    ["General Administration of Customs", "General", "$", "General"],
    ["General Zorbu spoke", "General", "$", "Zorbu"],
    ["General Secretary Bureau Zorbu", "General", "$", "Bureau"],
    ["General", "General", "$", "END"],
    ["President of", "President", "$", "END"],
    ["President of the Zorbu", "President", "the", "the"],
    ["Zorbu Vargu", "Zorbu", "$", "Zorbu"],
    ["President Of Zorbu", "President", "$", "Of"],
  ])('%s (from "%s" to "%s") → %s', (text, word, end, expected) => {
    const { scan, index } = at(text, word);
    const to = endOf(text, end);
    expect(scan.tokens[skipLeadingTitles(scan, index, to)]?.text ?? 'END').toBe(expected);
  });
});

describe('isPlaceUse: "in Beijing", "to Kabul", "in New York City and Stockholm"', () => {
  // A lower-case place preposition before the word, or before the capitalised words (fewer than eight) joined to
  // it by a lower-case "and"/"or"; never a possessive.
  it.each([
    ["He flew to Kabul today.", "Kabul", true],
    ["He flew to Kabul’s airport.", "Kabul", false],
    ["He flew to New York City and Stockholm.", "Stockholm", true],
    ["He flew to Zorbu and Stockholm.", "Stockholm", true],
    ["He flew to Zorbu or Stockholm.", "Stockholm", true],
    ["He flew to Zorbu And Stockholm.", "Stockholm", false],
    ["Kabul said so.", "Kabul", false],
    ["between Beijing and Canberra", "Canberra", false],
    ["in A B C D E F G and Canberra", "Canberra", false],
    ["in A B C D E F and Canberra", "Canberra", true],
    ["In Kabul today.", "Kabul", false],
    ["and Kabul said.", "Kabul", false],
    ["in and Kabul said.", "Kabul", true],
  ])('%s (at "%s") → %s', (text, word, expected) => {
    const { scan, index } = at(text, word);
    expect(isPlaceUse(scan, index)).toBe(expected);
  });
});

describe('standsForState: a state name standing for its government', () => {
  // A list of demonyms ("Uzbek, Kazakh and Kyrgyz") before a government noun; a government noun or a capitalised
  // title right after (not after a possessive); after "the", nothing close after it or a lower-case non-noun.
  it.each([
    ["the Uzbek, Kazakh and Kyrgyz governments said", "Uzbek", "Kazakh", true],
    ["the Uzbek, Kazakh and Kyrgyz said", "Uzbek", "Kazakh", true],
    ["the Uzbek,Kazakh and Kyrgyz governments said", "Uzbek", "Kazakh", true],
    ["the Uzbek ,Kazakh and Kyrgyz governments said", "Uzbek", "Kazakh", true],
    ["the Uzbek  Kazakh governments said", "Uzbek", "Kazakh", true],
    ["the Uzbek, and Kazakh governments said", "Uzbek", "Kazakh", true],
    ["the Uzbek,and Kazakh governments said", "Uzbek", "Kazakh", true],
    ["the Uzbek,  and Kazakh governments said", "Uzbek", "Kazakh", true],
    ["Uzbek Kazakh governments", "Uzbek", "Kazakh", true],
    ["Uzbek governments said", "Uzbek", "governments", true],
    ["China’s government said", "China", "government", false],
    ["China government said", "China", "government", true],
    ["China, government said", "China", "government", false],
    ["China President said", "China", "President", true],
    ["China president said", "China", "president", true],
    ["China Zorbu said", "China", "Zorbu", false],
    ["the China said", "China", "said", true],
    ["the China Zorbu said", "China", "Zorbu", false],
    ["the China", "China", "$", true],
    ["the China policy", "China", "policy", false],
    ["The China said", "China", "said", true],
    ["the China Uzbek said", "China", "Uzbek", false],
    ["the China and", "China", "and", true],
    ["China", "China", "$", false],
    ["so Uzbek, Kazakh and Kyrgyz governments said", "Uzbek", "Kazakh", true],
    ["so Uzbek, Kazakh and Kyrgyz said", "Uzbek", "Kazakh", false],
    ["so Uzbek,Kazakh and Kyrgyz governments said", "Uzbek", "Kazakh", true],
    ["so Uzbek ,Kazakh and Kyrgyz governments said", "Uzbek", "Kazakh", false],
    ["so Uzbek  Kazakh governments said", "Uzbek", "Kazakh", true],
    ["so Uzbek, and Kazakh governments said", "Uzbek", "Kazakh", true],
    ["so Uzbek,and Kazakh governments said", "Uzbek", "Kazakh", true],
    ["so Uzbek,  and Kazakh governments said", "Uzbek", "Kazakh", true],
    ["so Uzbek and  Kazakh governments said", "Uzbek", "Kazakh", true],
    ["so Uzbek x, Kazakh governments said", "Uzbek", "x", false],
    ["so Uzbek, x Kazakh governments said", "Uzbek", "Kazakh", true],
    ["so Uzbek Zorbu governments said", "Uzbek", "Zorbu", false],
    ["so Uzbek kazakh governments said", "Uzbek", "kazakh", false],
    ["so Uzbek, Kazakh and Kyrgyz", "Uzbek", "Kazakh", false],
    ["so Uzbek and governments said", "Uzbek", "and", true],
    ["so Uzbek, and governments said", "Uzbek", "and", true],
    ["so Uzbek or governments said", "Uzbek", "or", true],
    ["so Uzbek xor governments said", "Uzbek", "xor", false],
    ["so Uzbek governments said", "Uzbek", "governments", true],
    ["so Uzbek; Kazakh governments said", "Uzbek", "Kazakh", false],
    ["so Uzbek  and Kazakh governments said", "Uzbek", "and", true],
    ["so China’s government said", "China", "government", false],
    ["so China government said", "China", "government", true],
    ["so China, government said", "China", "government", false],
    ["so China President said", "China", "President", true],
    ["so China president said", "China", "president", true],
    ["so China Zorbu said", "China", "Zorbu", false],
    ["so China", "China", "$", false],
  ])('%s (from "%s" to "%s") → %s', (text, word, end, expected) => {
    const { scan, index } = at(text, word);
    expect(standsForState(scan, index, endOf(text, end))).toBe(expected);
  });
});

describe('portfolioLength: words before a known given name are a portfolio', () => {
  // The given name neither first nor last, not in capitals, not after a hyphen; the words before it no given name,
  // no last name and longer than one letter; -1 otherwise.
  it.each([
    ["Treasury Janet Yellen", "Treasury", "$", 1],
    ["Political Affairs Nicholas Burns", "Political", "$", 2],
    ["Janet Yellen", "Janet", "$", -1],
    ["Treasury Janet", "Treasury", "$", -1],
    ["Treasury Zorbu Janet Yellen", "Treasury", "$", 2],
    ["Treasury Janet Yellen Smith", "Treasury", "$", 1],
    ["Treasury Jean-Pierre Bemba", "Treasury", "$", -1],
    ["Treasury JANET Yellen", "Treasury", "$", -1],
    ["Treasury Nursultan Yellen", "Treasury", "$", 1],
    ["Treasury Smith Janet Yellen", "Treasury", "$", -1],
    ["Treasury John Janet Yellen", "Treasury", "$", 1],
    ["T Janet Yellen", "T", "$", -1],
    ["Tr Janet Yellen", "Tr", "$", 1],
    ["Treasury Janet Yellen said", "Treasury", "said", 1],
  ])('%s (from "%s" to "%s") → %s', (text, word, end, expected) => {
    const { scan, index } = at(text, word);
    expect(portfolioLength(scan, index, endOf(text, end))).toBe(expected);
  });
});

describe('followsTitleConnector: the run right after a title and "of (the)"/"for"', () => {
  it.each([
    ["the Secretary of the Treasury Janet", "Treasury", true],
    ["the Secretary of Treasury Janet", "Treasury", true],
    ["the Secretary for Treasury Janet", "Treasury", true],
    ["the Secretary to Treasury Janet", "Treasury", false],
    ["the Secretary Of Treasury Janet", "Treasury", false],
    ["the Secretary of The Treasury Janet", "Treasury", false],
    ["the secretary of the Treasury Janet", "Treasury", false],
    ["the Zorbu of the Treasury Janet", "Treasury", false],
    ["of the Treasury Janet", "Treasury", false],
    ["Treasury Janet", "Treasury", false],
  ])('%s (at "%s") → %s', (text, word, expected) => {
    const { scan, index } = at(text, word);
    expect(followsTitleConnector(scan, index)).toBe(expected);
  });
});
