/**
 * Resolve classes of issue 12 seen in encyclopedia articles (branch i12-wiki, tuned on entity test7 after its first
 * run): a longer body name's head standing alone in the same document. Hand-made mentions; expected actors worked
 * out by hand.
 */
import { describe, expect, it } from 'vitest';
import { resolveActors } from '../../src/extract/resolve/index.ts';
import { mention, summary } from '../helpers/located-mentions.ts';
import { smallLexiconIndex as lexicon } from '../fixtures/extract/small-lexicon.ts';

describe('the head of a longer body name before "of"/"on" is that body in the same document', () => {
  it('joins "Preparatory Committee" to "Preparatory Committee on the Drafting of …" and "Customs Union" to "Customs Union of …"', () => {
    const actors = resolveActors([
      mention('Preparatory Committee on the Drafting of the Statute', 'organisation', 'named', 0),
      mention('Preparatory Committee', 'organisation', 'named', 0), mention('Preparatory Committee', 'organisation', 'named', 0),
      mention('Customs Union of Arvenia and Belmark', 'organisation', 'named', 1), mention('Customs Union', 'organisation', 'named', 1),
    ], [], lexicon);
    expect(summary(actors)).toEqual(['organisation:Customs Union of Arvenia and Belmark:2', 'organisation:Preparatory Committee on the Drafting of the Statute:3']);
  });

  it('leaves the head apart in another document, beside two longer names, or before "for"', () => {
    const actors = resolveActors([
      mention('Preparatory Committee on the Drafting of the Statute', 'organisation', 'named', 0),
      mention('Preparatory Committee', 'organisation', 'named', 1),
      mention('Steering Committee on Rivers', 'organisation', 'named', 2), mention('Steering Committee on Lakes', 'organisation', 'named', 2),
      mention('Steering Committee', 'organisation', 'named', 2),
      mention('Military Tribunal for the North', 'organisation', 'named', 3), mention('Military Tribunal', 'organisation', 'named', 3),
    ], [], lexicon);
    expect(summary(actors)).toEqual([
      'organisation:Military Tribunal for the North:1', 'organisation:Military Tribunal:1',
      'organisation:Preparatory Committee on the Drafting of the Statute:1', 'organisation:Preparatory Committee:1',
      'organisation:Steering Committee on Lakes:1', 'organisation:Steering Committee on Rivers:1', 'organisation:Steering Committee:1',
    ]);
  });
});
