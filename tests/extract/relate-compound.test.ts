/**
 * Two actors joined by a dash before a noun (src/extract/relate/compound.ts), on invented
 * sentences: the noun's cue type with no direction, whether the parse keeps the compound in one
 * term ("u.s.-japan") or splits it ("india" "-" "us"); no cue noun, no relation.
 */
import { describe, expect, it } from 'vitest';
import type { ActorType } from '../../src/graph-format/index.ts';
import { explainPair, parseSentence, relationCues, type SentenceMention } from '../../src/extract/relate/index.ts';

function explain(sentence: string, names: [string, ActorType][], a: string, b: string) {
  let from = 0;
  const mentions: SentenceMention[] = names.map(([name, type]) => {
    const start = sentence.indexOf(name, from);
    from = start + name.length;
    return { start, end: start + name.length, actor: name, type };
  });
  return explainPair(parseSentence(sentence, 0, sentence.length), mentions, a, b, relationCues());
}

describe('dash compounds', () => {
  it('an alliance named by both (one term in the parse) is mutual cooperation', () => {
    const found = explain('The U.S.-Japan Alliance is stronger than ever.', [['U.S.', 'state'], ['Japan', 'state']], 'U.S.', 'Japan');
    expect(found).toEqual({ rule: 'compound:mutual', relation: { type: 'cooperates' } });
  });

  it('talks named by both are a meeting', () => {
    expect(explain('Officials held U.S.-China government talks in May.', [['U.S.', 'state'], ['China', 'state']], 'U.S.', 'China').relation).toEqual({ type: 'meets' });
  });

  it('a war named by both is a two-sided attack, with no direction', () => {
    const found = explain('The Russia–Ukraine war went on.', [['Russia', 'state'], ['Ukraine', 'state']], 'Russia', 'Ukraine');
    expect(found).toEqual({ rule: 'compound:two-sided', relation: { type: 'attacks' } });
  });

  it('material over verbal across the noun phrase (trade before forum)', () => {
    expect(explain('The India-U.S. Trade Policy Forum met.', [['India', 'state'], ['U.S.', 'state']], 'India', 'U.S.').relation).toEqual({ type: 'trades' });
  });

  it('relations or a frontier state nothing', () => {
    expect(explain('EU-NATO relations improved.', [['EU', 'organisation'], ['NATO', 'organisation']], 'EU', 'NATO')).toEqual({ rule: 'none:compound', relation: { type: 'none' } });
    expect(explain('The Soviet-Chinese frontier was quiet.', [['Soviet', 'state'], ['Chinese', 'state']], 'Soviet', 'Chinese').relation).toEqual({ type: 'none' });
  });
});

describe('appeals', () => {
  it('calling on or urging the other to do something new states no relation', () => {
    expect(explain('President Biden called on Congress to invest in roads.', [['Biden', 'person'], ['Congress', 'organisation']], 'Biden', 'Congress').relation).toEqual({ type: 'none' });
    expect(explain('The United States urged Iran to join the talks.', [['United States', 'state'], ['Iran', 'state']], 'United States', 'Iran').relation).toEqual({ type: 'none' });
  });

  it('urging the other to stop is a demand: criticises (the annotation call of i14-rel8)', () => {
    expect(explain('The United States urged Iran to stop.', [['United States', 'state'], ['Iran', 'state']], 'United States', 'Iran').relation).toEqual({ type: 'criticises', from: 'United States', to: 'Iran' });
  });

  it('a call without "on" is still a meeting', () => {
    expect(explain('Biden called Xi on Tuesday.', [['Biden', 'person'], ['Xi', 'person']], 'Biden', 'Xi').relation.type).toBe('meets');
  });
});

describe('defended against the later actor\'s aggression', () => {
  it('the attacker named by its possessive or demonym attacks the one defended', () => {
    expect(explain("Allies support Ukraine as it defends itself against Russia's aggression.", [['Ukraine', 'state'], ['Russia', 'state']], 'Ukraine', 'Russia'))
      .toEqual({ rule: 'cue:against-aggression-of-y', relation: { type: 'attacks', from: 'Russia', to: 'Ukraine' } });
    expect(explain('The systems help Ukraine protect its people against continued Russian attacks.', [['Ukraine', 'state'], ['Russian', 'state']], 'Ukraine', 'Russian').relation)
      .toEqual({ type: 'attacks', from: 'Russian', to: 'Ukraine' });
  });

  it('not when another actor stands between, nor without an attack noun', () => {
    expect(explain('Ukraine asked NATO to defend against Russian aggression.', [['Ukraine', 'state'], ['NATO', 'organisation'], ['Russian', 'state']], 'Ukraine', 'Russian').rule).not.toBe('cue:against-aggression-of-y');
    expect(explain("Ukraine protects its farms against Russia's tariffs.", [['Ukraine', 'state'], ['Russia', 'state']], 'Ukraine', 'Russia').rule).not.toBe('cue:against-aggression-of-y');
  });
});
