/**
 * Grammar-shape features of the relation model (src/extract/relate/features-shape.ts), read off
 * invented sentences: the governing verb's class by its lemma, subject/object and voice, the
 * act an actor's possessive governs, "of" links, reported speech and lists.
 */
import { describe, expect, it } from 'vitest';
import { pairContext, pairFeatures, parseSentence, relationCues, rulesFor } from '../../src/extract/relate/index.ts';
import { sentenceMentions, type Names } from '../helpers/explain-pair.ts';

function features(sentence: string, names: Names, a: string, b: string): string[] {
  const context = pairContext(parseSentence(sentence, 0, sentence.length), sentenceMentions(sentence, names), a, b, relationCues())!;
  return pairFeatures(context, rulesFor(context));
}

describe('shape features', () => {
  it('an active verb with the first actor as subject and the second as object', () => {
    const found = features('Russia invaded Ukraine in 2022.', { Russia: 'state', Ukraine: 'state' }, 'Russia', 'Ukraine');
    for (const feature of ['glc=assault', 'gsvo=so|active', 'gcue=attacks|active', 'gcue=attacks|xsubj-yobj']) expect(found).toContain(feature);
  });

  it('a passive verb with its agent after "by"', () => {
    const found = features('The Kyrgyz road, in Kyrgyzstan, was financed by China.', { Kyrgyzstan: 'state', China: 'state' }, 'Kyrgyzstan', 'China');
    expect(found.some((feature) => /^gsvo=.o\|passive\|by$/.test(feature))).toBe(true);
    expect(found).toContain('gcue=funds|passive');
  });

  it("the act the second actor's possessive governs, and the preposition before it", () => {
    const found = features("Ukraine defends itself against Russia's aggression.", { Ukraine: 'state', Russia: 'state' }, 'Ukraine', 'Russia');
    expect(found).toContain('yhead=attacks');
    expect(found).toContain('yhead=attacks|against');
  });

  it('an "of" link, reported speech before the pair and a longer list', () => {
    expect(features('Emmanuel Macron of France spoke.', { 'Emmanuel Macron': 'person', France: 'state' }, 'Emmanuel Macron', 'France')).toContain('sof');
    expect(features('The minister said that China funds the Laos railway.', { China: 'state', Laos: 'state' }, 'China', 'Laos')).toContain('sspeech-before');
    const listed = features('China, Russia and Kazakhstan met in Astana.', { China: 'state', Russia: 'state', Kazakhstan: 'state' }, 'Russia', 'Kazakhstan');
    expect(listed).toContain('slist-before');
    expect(listed).not.toContain('slist-after');
    expect(listed).toContain('gafter=meets');
  });
});
