/**
 * Role features of the relation model (src/extract/relate/features-roles.ts): who speaks, who is
 * asked to act, and the event a list of actors takes part in, on hand-written sentences.
 */
import { describe, expect, it } from 'vitest';
import { pairContext, parseSentence, relationCues } from '../../src/extract/relate/index.ts';
import { roleFeatures } from '../../src/extract/relate/features-roles.ts';
import { sentenceMentions, type Names } from '../helpers/explain-pair.ts';

function roles(sentence: string, names: Names, a: string, b: string): string[] {
  const terms = parseSentence(sentence, 0, sentence.length);
  return roleFeatures(pairContext(terms, sentenceMentions(sentence, names), a, b, relationCues())!).sort();
}

describe('speaker', () => {
  it('finds the speaker after "says" past a name and title words, with the cue types of the sentence', () => {
    const found = roles('We condemn the arrest by Astana, says Anna Berg, director of Rights Watch.', { Astana: 'state', 'Anna Berg': 'person', 'Rights Watch': 'organisation' }, 'Astana', 'Anna Berg');
    expect(found).toContain('yspeaker');
    expect(found).toContain('speaker=y|criticises');
    expect(found).not.toContain('xspeaker');
  });

  it('finds the speaker before "said" and after "according to"', () => {
    expect(roles('Kazakhstan said Russia had sent troops.', { Kazakhstan: 'state', Russia: 'state' }, 'Kazakhstan', 'Russia')).toContain('xspeaker');
    expect(roles('According to Reuters, China lent money to Laos.', { Reuters: 'firm', China: 'state', Laos: 'state' }, 'Reuters', 'China')).toContain('xspeaker');
  });

  it('gives no speaker when nobody speaks', () => {
    expect(roles('China lent money to Laos.', { China: 'state', Laos: 'state' }, 'China', 'Laos').filter((f) => f.includes('speaker'))).toEqual([]);
  });
});

describe('demands', () => {
  it('marks the object of a verb of demand and joins it with the subject before it', () => {
    const found = roles('Beijing condemned the attack and asked Islamabad to punish the attackers.', { Beijing: 'state', Islamabad: 'state' }, 'Beijing', 'Islamabad');
    expect(found).toContain('ydemanded');
    expect(found).toContain('demand=y|other-before');
  });

  it('reads a two-word demand ("called on") and an obligation after the subject ("must")', () => {
    expect(roles('Britain called on the Kremlin to withdraw.', { Britain: 'state', Kremlin: 'state' }, 'Britain', 'Kremlin')).toContain('ydemanded');
    const found = roles('Kazakh authorities must release Bilash, Amnesty said.', { 'Kazakh authorities': 'organisation', Bilash: 'person', Amnesty: 'organisation' }, 'Kazakh authorities', 'Amnesty');
    expect(found).toContain('xdemanded');
    expect(found).toContain('demand=x|by-speaker');
    expect(found).toContain('speaker=y|demand');
  });

  it('does not take "called" without its particle for a demand', () => {
    expect(roles('Britain called the Kremlin twice.', { Britain: 'state', Kremlin: 'state' }, 'Britain', 'Kremlin')).not.toContain('ydemanded');
  });
});

describe('the event of a list', () => {
  const all: Names = { Iran: 'state', Pakistan: 'state', Tajikistan: 'state', China: 'state' };
  const names = (sentence: string): Names => Object.fromEntries(Object.entries(all).filter(([name]) => sentence.includes(name)));
  const of = (sentence: string, a: string, b: string) => roles(sentence, names(sentence), a, b);

  it('reads a meeting before the list, in its clause', () => {
    const found = of('The meeting was attended by Iran, Pakistan, Tajikistan and China.', 'Pakistan', 'Tajikistan');
    expect(found).toContain('event=meets|before');
  });

  it('reads a cue after the list ("… ahead of their summit")', () => {
    expect(of('Iran, Pakistan and China shook hands before their summit in Kabul.', 'Iran', 'Pakistan')).toContain('event=meets|after');
  });

  it('reads no event for two actors that are not listed together, nor past the end of the clause', () => {
    expect(of('At the meeting Iran criticised Pakistan.', 'Iran', 'Pakistan').filter((f) => f.startsWith('event'))).toEqual([]);
    expect(of('They held a summit. Iran and Pakistan trade oil.', 'Iran', 'Pakistan')).toEqual(['event=trades|after']);
  });
});
