/**
 * One hand-written sentence (or two) per relation rule of src/extract/relate/: the rule that
 * decides the pair and the relation it gives, worked out by hand from the sentence and the
 * rules of tests/fixtures/relations/README.md. A rule that stops firing, or fires with the
 * wrong answer, fails here by name.
 */
import { describe, expect, it } from 'vitest';
import type { EvidenceRelation } from '../../src/graph-format/index.ts';
import { explain, type Case, type Names } from '../helpers/explain-pair.ts';

const belongs = (from: string, to: string): EvidenceRelation => ({ type: 'belongs', from, to });
const none: EvidenceRelation = { type: 'none' };

const CASES: Case[] = [
  // Structure
  { sentence: 'Kazakhstan’s foreign minister Mukhtar Tileuberdi spoke first.', names: { Kazakhstan: 'state', 'Mukhtar Tileuberdi': 'person' }, a: 'Kazakhstan', b: 'Mukhtar Tileuberdi', rule: 'belongs:possessive-title', relation: belongs('Mukhtar Tileuberdi', 'Kazakhstan') },
  { sentence: 'The Russian Foreign Minister Sergei Lavrov criticised NATO.', names: { Russian: 'state', 'Sergei Lavrov': 'person', NATO: 'organisation' }, a: 'Russian', b: 'Sergei Lavrov', rule: 'belongs:possessive-title', relation: belongs('Sergei Lavrov', 'Russian') },
  { sentence: "China's president, Xi Jinping, arrived on Monday.", names: { China: 'state', 'Xi Jinping': 'person' }, a: 'China', b: 'Xi Jinping', rule: 'belongs:possessive-title', relation: belongs('Xi Jinping', 'China') },
  { sentence: 'Iran attacked our NATO Ally, Albania, last year.', names: { Iran: 'state', NATO: 'organisation', Albania: 'state' }, a: 'NATO', b: 'Albania', rule: 'belongs:possessive-title', relation: belongs('Albania', 'NATO') },
  { sentence: "The WHO faced criticism from the United States' Trump administration.", names: { WHO: 'organisation', 'United States': 'state', Trump: 'person' }, a: 'United States', b: 'Trump', rule: 'belongs:possessive-title', relation: belongs('Trump', 'United States') },
  { sentence: "Kazakhstan's SCO membership began in 2001.", names: { Kazakhstan: 'state', SCO: 'organisation' }, a: 'Kazakhstan', b: 'SCO', rule: 'belongs:possessive-membership', relation: belongs('Kazakhstan', 'SCO') },
  { sentence: 'The last ICC president was Zaheer Abbas.', names: { ICC: 'organisation', 'Zaheer Abbas': 'person' }, a: 'ICC', b: 'Zaheer Abbas', rule: 'belongs:copula-title', relation: belongs('Zaheer Abbas', 'ICC') },
  { sentence: "The unit worked under the Commissioner of London's Metropolitan Police, Lord Condon.", names: { 'Metropolitan Police': 'organisation', Condon: 'person' }, a: 'Metropolitan Police', b: 'Condon', rule: 'belongs:title-of-comma', relation: belongs('Condon', 'Metropolitan Police') },
  { sentence: "Tokayev, Kazakhstan's president, praised the plan.", names: { Tokayev: 'person', Kazakhstan: 'state' }, a: 'Tokayev', b: 'Kazakhstan', rule: 'belongs:apposition', relation: belongs('Tokayev', 'Kazakhstan') },
  { sentence: 'Huawei, a Chinese firm, built the network.', names: { Huawei: 'firm', Chinese: 'state' }, a: 'Huawei', b: 'Chinese', rule: 'belongs:apposition', relation: belongs('Huawei', 'Chinese') },
  { sentence: 'Jan Hecker, Adviser to the German Chancellor, joined the call.', names: { 'Jan Hecker': 'person', German: 'state' }, a: 'Jan Hecker', b: 'German', rule: 'belongs:adviser-to', relation: belongs('Jan Hecker', 'German') },
  { sentence: 'Kazakhstan, a member of the SCO, hosted the summit.', names: { Kazakhstan: 'state', SCO: 'organisation' }, a: 'Kazakhstan', b: 'SCO', rule: 'belongs:title-of', relation: belongs('Kazakhstan', 'SCO') },
  { sentence: 'KazMunayGas is a subsidiary of Samruk-Kazyna.', names: { KazMunayGas: 'firm', 'Samruk-Kazyna': 'firm' }, a: 'KazMunayGas', b: 'Samruk-Kazyna', rule: 'belongs:title-of', relation: belongs('KazMunayGas', 'Samruk-Kazyna') },
  { sentence: 'Wang Yi, the head of the Foreign Ministry, met reporters.', names: { 'Wang Yi': 'person', 'Foreign Ministry': 'organisation' }, a: 'Wang Yi', b: 'Foreign Ministry', rule: 'belongs:title-of', relation: belongs('Wang Yi', 'Foreign Ministry') },
  { sentence: 'President Tokayev of Kazakhstan opened the forum.', names: { Tokayev: 'person', Kazakhstan: 'state' }, a: 'Tokayev', b: 'Kazakhstan', rule: 'belongs:x-of-y', relation: belongs('Tokayev', 'Kazakhstan') },
  { sentence: 'The United States welcomes the participation of Italy in the Minerals Security Partnership.', names: { 'United States': 'state', Italy: 'state', 'Minerals Security Partnership': 'organisation' }, a: 'Italy', b: 'Minerals Security Partnership', rule: 'belongs:membership-of', relation: belongs('Italy', 'Minerals Security Partnership') },
  { sentence: "Kazakhstan's accession to the WTO took twenty years.", names: { Kazakhstan: 'state', WTO: 'organisation' }, a: 'Kazakhstan', b: 'WTO', rule: 'belongs:membership-of', relation: belongs('Kazakhstan', 'WTO') },
  { sentence: 'Kyrgyzstan joined the Eurasian Economic Union in 2015.', names: { Kyrgyzstan: 'state', 'Eurasian Economic Union': 'organisation' }, a: 'Kyrgyzstan', b: 'Eurasian Economic Union', rule: 'belongs:part-verb', relation: belongs('Kyrgyzstan', 'Eurasian Economic Union') },
  { sentence: 'The SCO includes India.', names: { SCO: 'organisation', India: 'state' }, a: 'SCO', b: 'India', rule: 'belongs:whole-verb', relation: belongs('India', 'SCO') },
  { sentence: 'China, Russia and Kazakhstan are members of the SCO.', names: { China: 'state', Russia: 'state', Kazakhstan: 'state', SCO: 'organisation' }, a: 'China', b: 'Russia', rule: 'none:member-list', relation: none },
  { sentence: 'Kazakhstan became a member of the WTO in 2015.', names: { Kazakhstan: 'state', WTO: 'organisation' }, a: 'Kazakhstan', b: 'WTO', rule: 'belongs:member-noun', relation: belongs('Kazakhstan', 'WTO') },
  // Coordination
  { sentence: 'Talks between China and Kazakhstan ended on Friday.', names: { China: 'state', Kazakhstan: 'state' }, a: 'China', b: 'Kazakhstan', rule: 'coordinated:between-noun', relation: { type: 'meets' } },
  { sentence: 'It is a joint statement between the United States and Saudi Arabia.', names: { 'United States': 'state', 'Saudi Arabia': 'state' }, a: 'United States', b: 'Saudi Arabia', rule: 'coordinated:between-noun', relation: { type: 'agrees' } },
  { sentence: 'They signed a Memorandum of Understanding between the Government of Ukraine and the Government of the United States.', names: { Ukraine: 'state', 'United States': 'state' }, a: 'Ukraine', b: 'United States', rule: 'coordinated:between-noun', relation: { type: 'agrees' } },
  { sentence: 'They stressed the close cooperation among Japan, the United States, and the ROK.', names: { Japan: 'state', 'United States': 'state', ROK: 'state' }, a: 'United States', b: 'ROK', rule: 'coordinated:between-noun', relation: { type: 'cooperates' } },
  { sentence: 'The grouping brought together the leaders of China, Kazakhstan and Russia.', names: { China: 'state', Kazakhstan: 'state', Russia: 'state' }, a: 'Kazakhstan', b: 'Russia', rule: 'coordinated:between-noun', relation: { type: 'meets' } },
  { sentence: 'The leaders confirmed that Japan and the United States will collaborate on technology.', names: { Japan: 'state', 'United States': 'state' }, a: 'Japan', b: 'United States', rule: 'coordinated:joint-subject', relation: { type: 'cooperates' } },
  { sentence: 'The border treaty was signed by Russia and China in 2001.', names: { Russia: 'state', China: 'state' }, a: 'Russia', b: 'China', rule: 'coordinated:joint-agent', relation: { type: 'agrees' } },
  { sentence: 'The commission was jointly appointed by the League, the United States, and Liberia.', names: { League: 'organisation', 'United States': 'state', Liberia: 'state' }, a: 'United States', b: 'Liberia', rule: 'coordinated:joint-agent', relation: { type: 'cooperates' } },
  { sentence: 'China, Russia and Iran were mentioned in the report.', names: { China: 'state', Russia: 'state', Iran: 'state' }, a: 'China', b: 'Iran', rule: 'none:listed-together', relation: none },
  // Cues in the first actor's clause
  { sentence: "China's loan to Kyrgyzstan was repaid.", names: { China: 'state', Kyrgyzstan: 'state' }, a: 'China', b: 'Kyrgyzstan', rule: 'cue:noun', relation: { type: 'funds', from: 'China', to: 'Kyrgyzstan' } },
  { sentence: 'The road in Kyrgyzstan was funded by China.', names: { Kyrgyzstan: 'state', China: 'state' }, a: 'Kyrgyzstan', b: 'China', rule: 'cue:verb:passive', relation: { type: 'funds', from: 'China', to: 'Kyrgyzstan' } },
  { sentence: 'Kazakhstan received loans from China.', names: { Kazakhstan: 'state', China: 'state' }, a: 'Kazakhstan', b: 'China', rule: 'cue:verb:reverse-verb', relation: { type: 'funds', from: 'China', to: 'Kazakhstan' } },
  { sentence: 'We stand with Ukraine against Russia’s unprovoked war.', names: { Ukraine: 'state', Russia: 'state' }, a: 'Ukraine', b: 'Russia', rule: 'cue:noun-of-y:agent', relation: { type: 'attacks', from: 'Russia', to: 'Ukraine' } },
  { sentence: "Kazakhstan is China's largest creditor.", names: { Kazakhstan: 'state', China: 'state' }, a: 'Kazakhstan', b: 'China', rule: 'cue:noun-of-y:copula', relation: { type: 'funds', from: 'Kazakhstan', to: 'China' } },
  { sentence: 'Biden spoke today with President Zelenskyy of Ukraine to discuss Russian aggression.', names: { Biden: 'person', Zelenskyy: 'person', Ukraine: 'state', Russian: 'state' }, a: 'Biden', b: 'Russian', rule: 'none:cue-object-other', relation: none },
  { sentence: 'The United States condemns Iran’s cyberattack against Albania.', names: { 'United States': 'state', Iran: 'state', Albania: 'state' }, a: 'United States', b: 'Albania', rule: 'none:cue-object-other', relation: none },
  { sentence: 'The United States condemns Iran’s cyberattack against Albania.', names: { 'United States': 'state', Iran: 'state', Albania: 'state' }, a: 'Iran', b: 'Albania', rule: 'cue:noun', relation: { type: 'attacks', from: 'Iran', to: 'Albania' } },
  { sentence: "The UN was unable to intervene against the Soviet Union's invasion of Hungary.", names: { UN: 'organisation', 'Soviet Union': 'state', Hungary: 'state' }, a: 'UN', b: 'Soviet Union', rule: 'none:cue-object-other', relation: none },
  { sentence: "Russia's military relationship with Iran worries Ukraine.", names: { Russia: 'state', Iran: 'state', Ukraine: 'state' }, a: 'Russia', b: 'Ukraine', rule: 'none:cue-object-other', relation: none },
  { sentence: 'The visa restriction on the Director of BiH Intelligence Services was lifted by the U.S. later.', names: { BiH: 'state', 'Intelligence Services': 'organisation' }, a: 'BiH', b: 'Intelligence Services', rule: 'belongs:possessive-title', relation: belongs('Intelligence Services', 'BiH') },
  { sentence: 'The U.S. military targeted camps in Badakhshan that were used by the Taliban.', names: { 'U.S.': 'state', Badakhshan: 'state', Taliban: 'organisation' }, a: 'U.S.', b: 'Taliban', rule: 'cue:verb:on-what-y-holds', relation: { type: 'attacks', from: 'U.S.', to: 'Taliban' } },
  { sentence: 'The United States sanctioned Iran after Russia attacked Ukraine.', names: { 'United States': 'state', Iran: 'state', Russia: 'state', Ukraine: 'state' }, a: 'United States', b: 'Ukraine', rule: 'none:other-clause', relation: none },
  { sentence: 'The package was spearheaded by Biden to support the people as Russia continues its attacks.', names: { Biden: 'person', Russia: 'state' }, a: 'Biden', b: 'Russia', rule: 'none:other-clause', relation: none },
  { sentence: 'The initiative was endorsed by Xi Jinping, and Chinese executives have visited Kabul since.', names: { 'Xi Jinping': 'person', Chinese: 'state', Kabul: 'state' }, a: 'Xi Jinping', b: 'Kabul', rule: 'none:other-clause', relation: none },
  { sentence: 'In light of the needs across Syria, we call on the UN Security Council to act.', names: { Syria: 'state', 'UN Security Council': 'organisation' }, a: 'Syria', b: 'UN Security Council', rule: 'none:other-clause', relation: none },
  { sentence: 'Biden issued an order establishing a task force, led by Secretary of Labor Walsh.', names: { Biden: 'person', Walsh: 'person' }, a: 'Biden', b: 'Walsh', rule: 'none:other-clause', relation: none },
  { sentence: 'They discussed the sanctions against Iran, reviewed the cooperation and exercises between the U.S. military and Israel.', names: { Iran: 'state', 'U.S.': 'state', Israel: 'state' }, a: 'Iran', b: 'Israel', rule: 'none:no-cue', relation: none },
  { sentence: 'We will deter Russian aggression and address the challenges posed by China.', names: { Russian: 'state', China: 'state' }, a: 'Russian', b: 'China', rule: 'none:no-cue', relation: none },
  { sentence: 'Beijing has invested heavily in Turkmenistan’s gas fields.', names: { Beijing: 'state', Turkmenistan: 'state' }, a: 'Beijing', b: 'Turkmenistan', rule: 'cue:verb', relation: { type: 'funds', from: 'Beijing', to: 'Turkmenistan' } },
  { sentence: 'Kazakh President Tokayev met Chinese President Xi Jinping in Astana.', names: { Kazakh: 'state', Tokayev: 'person', Chinese: 'state', 'Xi Jinping': 'person' }, a: 'Kazakh', b: 'Chinese', rule: 'cue:verb', relation: { type: 'meets' } },
  { sentence: 'The United States is working to hold Russia accountable.', names: { 'United States': 'state', Russia: 'state' }, a: 'United States', b: 'Russia', rule: 'cue:verb', relation: { type: 'pressures', from: 'United States', to: 'Russia' } },
  { sentence: 'Russia was unable to block Ukraine from joining.', names: { Russia: 'state', Ukraine: 'state' }, a: 'Russia', b: 'Ukraine', rule: 'cue:verb', relation: { type: 'pressures', from: 'Russia', to: 'Ukraine', negated: true } },
  { sentence: 'Biden said China was funding Pakistan.', names: { Biden: 'person', China: 'state', Pakistan: 'state' }, a: 'Biden', b: 'Pakistan', rule: 'none:reported-speech', relation: none },
];

describe('relation rules (one hand-written sentence each)', () => {
  it.each(CASES)('$rule: $a – $b in "$sentence"', ({ sentence, names, a, b, rule, relation }) => {
    expect(explain(sentence, names, a, b)).toEqual({ rule, relation });
  });
});
