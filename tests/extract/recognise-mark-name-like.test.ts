/**
 * passes/mark-name-like.ts: which tokens may be part of a name. Each case is a hand-written sentence (none from any
 * corpus) and the words the pass should leave name-like, worked out by hand from the pass's comments: quoted titles
 * and a dateline are no names; a number joined to a name-like word, "von der" before a capitalised word and the
 * lower-case part of a word broken at a hyphen ("Co-operation") belong to the name; speaker labels and headings in
 * capitals with an English word are dropped, known actors in them kept. "Zorb" and "Quux" are made-up words no
 * list knows. Written against the mutation survivors of issue 18 (this pass scored 49.8 % without them).
 */
import { describe, expect, it } from 'vitest';
import { markNameLike } from '../../src/extract/recognise/passes/mark-name-like.ts';
import { scanOf } from '../helpers/recognise-scan.ts';

/** The tokens markNameLike leaves name-like in `text`, in order. */
function nameLike(text: string): string[] {
  const scan = scanOf(text);
  markNameLike(scan);
  return scan.tokens.filter((_, index) => scan.nameLike[index]).map((token) => token.text);
}

describe('markNameLike', () => {
  it('leaves out the words of every quoted title, and only those', () => {
    expect(nameLike('She read "Zorb Tales" and "Quux Days" with Zorb Quux.')).toEqual(['Zorb', 'Quux']);
    expect(nameLike('Zorb Quux read "Zorb Tales".')).toEqual(['Zorb', 'Quux']);
    expect(nameLike('"Zorb Tales"Quux met.')).toEqual(['Quux']);
  });

  it('leaves out a dateline', () => {
    expect(nameLike('BEIJING — Zorb Quux said.')).toEqual(['Zorb', 'Quux']);
  });

  it('joins a number to the name-like word before it, across "-" or "+" only', () => {
    expect(nameLike('The Zorb-19 and P5+1 spread in 2019.')).toEqual(['Zorb', '19', 'P5', '1']);
    expect(nameLike('It was in the 2019-20 season.')).toEqual([]);
  });

  it('takes "von der" before a capitalised word after a name-like word', () => {
    expect(nameLike('They met Ursula von der Leyen.')).toEqual(['Ursula', 'von', 'der', 'Leyen']);
    expect(nameLike('They saw the von der Leyen plan.')).toEqual(['der', 'Leyen']);
    // Two particles that end the passage have no capitalised word after them.
    expect(nameLike('The painting is by Zorb van der')).toEqual(['Zorb']);
  });

  it('takes the lower-case part of a hyphenated word after a short prefix or as one English word', () => {
    expect(nameLike('The Zorb Co-operation Council met.')).toEqual(['Zorb', 'Co', 'operation', 'Council']);
    expect(nameLike('The Non-aligned Quux met.')).toEqual(['Non', 'aligned', 'Quux']);
    // "Counter" is no short prefix, but "counterterrorism" is written as one word in the same text.
    expect(nameLike('The Counter-terrorism Zorb met on counterterrorism.')).toEqual(['Counter', 'terrorism', 'Zorb']);
    expect(nameLike('The Counter-terrorism Zorb met.')).toEqual(['Counter', 'Zorb']);
    // "Fed" names an actor by itself: "Fed-led" keeps it and leaves "led" out; so does a long first part.
    expect(nameLike('The Fed-led Zorb-operation met.')).toEqual(['Fed', 'Zorb']);
    // After a word that is not name-like, the second part is not either.
    expect(nameLike('They praised the co-operation.')).toEqual([]);
  });

  it('drops a speaker label at a line start, one letter or more, space before the colon allowed', () => {
    expect(nameLike('Q: Did Zorb Quux call?\nA: No.')).toEqual(['Zorb', 'Quux']);
    expect(nameLike('ZORB QUUX : Hello Zorb.')).toEqual(['Zorb']);
    expect(nameLike('Zorb met Quux.\nQUUX ZORB: Yes.')).toEqual(['Zorb', 'Quux']);
  });

  it('drops words set in capitals with an English word of four letters or more, but known actors in them', () => {
    expect(nameLike('NEWS ZORB met Quux.')).toEqual(['Quux']);
    expect(nameLike('NEWS NATO ZORB met.')).toEqual(['NATO']);
    expect(nameLike('Zorb said. NEWS ZORB QUUX met.')).toEqual(['Zorb']);
    expect(nameLike('BIG NEW ZORB QUUX met.')).toEqual(['BIG', 'NEW', 'ZORB', 'QUUX']);
    // The English word must be inside the capitals, not elsewhere in the passage.
    expect(nameLike('ZORB QUUX made the news.')).toEqual(['ZORB', 'QUUX']);
    expect(nameLike('UN NATO met Zorb.')).toEqual(['UN', 'NATO', 'Zorb']);
    // Not joined: a comma ends the heading, each word stands alone.
    expect(nameLike('NEWS, ZORB met Quux.')).toEqual(['NEWS', 'ZORB', 'Quux']);
    expect(nameLike('Zorb said: NEWS, ZORB met Quux.')).toEqual(['Zorb', 'NEWS', 'ZORB', 'Quux']);
    // The heading ends at its last word in capitals: the name after it stays.
    expect(nameLike('NEWS ZORB Quux met.')).toEqual(['Quux']);
  });
});
