import { describe, expect, it } from 'vitest';
import type { ActorType } from '../../src/graph-format/index.ts';
import { analyseDocument } from '../../src/extract/analyse-document.ts';
import { assembleGraph, extractorLexicon } from '../../src/extract/index.ts';
import {
  parseSentence, precomputedFor, precomputeRelations, relationCues, type CandidateInSentence, type SentenceMention,
} from '../../src/extract/relate/index.ts';
import type { DocumentAnalysis } from '../../src/extract/types.ts';

/** Each name of `names` at its first place in the sentence, as a candidate keyed by its lower-case text. */
function candidates(sentence: string, names: Record<string, ActorType>): CandidateInSentence[] {
  return Object.entries(names).map(([name, type]) => {
    const start = sentence.indexOf(name);
    if (start < 0) throw new Error(`${name} is not in the sentence`);
    return { start, end: start + name.length, type, key: name.toLowerCase() };
  });
}

/** The resolved sentence: the same spans, each under the actor id `ids` gives its name. */
function resolved(sentence: string, names: Record<string, ActorType>, ids: Record<string, string>): SentenceMention[] {
  return candidates(sentence, names).map(({ start, end, type }) => ({ start, end, type, actor: ids[sentence.slice(start, end)]! }));
}

function ahead(sentence: string, names: Record<string, ActorType>) {
  const found = precomputeRelations(parseSentence(sentence, 0, sentence.length), candidates(sentence, names), relationCues());
  if (!found) throw new Error('refused');
  return found;
}

describe('relations classified in the per-document step', () => {
  it('answers a pair in resolved actor ids, direction included ("was funded by")', () => {
    const sentence = 'The new road in Kyrgyzstan was funded by China.';
    const names = { Kyrgyzstan: 'state', China: 'state' } as const;
    const ids = { Kyrgyzstan: 'state:kyrgyzstan', China: 'state:china' };
    const lookup = precomputedFor(ahead(sentence, names), resolved(sentence, names, ids));
    // Asked in either order: same answer, the actor who funds first.
    expect(lookup?.('state:china', 'state:kyrgyzstan')).toStrictEqual({ type: 'funds', from: 'state:china', to: 'state:kyrgyzstan' });
    expect(lookup?.('state:kyrgyzstan', 'state:china')).toStrictEqual({ type: 'funds', from: 'state:china', to: 'state:kyrgyzstan' });
  });

  it('keeps negation, and a mutual type without direction', () => {
    const negated = 'Russia did not sanction Kazakhstan.';
    const states = { Russia: 'state', Kazakhstan: 'state' } as const;
    const ids = { Russia: 'r', Kazakhstan: 'k', China: 'c' };
    expect(precomputedFor(ahead(negated, states), resolved(negated, states, ids))?.('r', 'k'))
      .toStrictEqual({ type: 'pressures', from: 'r', to: 'k', negated: true });
    const mutual = 'China and Kazakhstan signed a border treaty in 1994.';
    const pair = { China: 'state', Kazakhstan: 'state' } as const;
    expect(precomputedFor(ahead(mutual, pair), resolved(mutual, pair, ids))?.('c', 'k')).toStrictEqual({ type: 'agrees' });
  });

  it('gives no answer when the resolved sentence differs from what the document step saw', () => {
    const sentence = "Kazakhstan's president Tokayev met Xi Jinping.";
    const names = { Kazakhstan: 'state', Tokayev: 'person', 'Xi Jinping': 'person' } as const;
    const classified = ahead(sentence, names);
    const ids = { Kazakhstan: 'k', Tokayev: 't', 'Xi Jinping': 'x' };
    expect(precomputedFor(classified, resolved(sentence, names, ids))?.('k', 't')).toStrictEqual({ type: 'belongs', from: 't', to: 'k' });
    // Two names resolved into one actor.
    expect(precomputedFor(classified, resolved(sentence, names, { ...ids, 'Xi Jinping': 't' }))).toBeUndefined();
    // A mention dropped by the resolver.
    expect(precomputedFor(classified, resolved(sentence, { Kazakhstan: 'state', Tokayev: 'person' }, ids))).toBeUndefined();
    // A mention retyped by the resolver.
    expect(precomputedFor(classified, resolved(sentence, { ...names, Tokayev: 'organisation' }, ids))).toBeUndefined();
    // The same span under two actors.
    expect(precomputedFor(classified, [...resolved(sentence, names, ids), { ...resolved(sentence, names, ids)[0]!, actor: 'other' }])).toBeUndefined();
  });

  it('refuses a sentence two candidates name with the same span, or with one name only', () => {
    const sentence = 'China lent Kazakhstan two billion dollars in 2019.';
    const terms = parseSentence(sentence, 0, sentence.length);
    const both = candidates(sentence, { China: 'state', Kazakhstan: 'state' });
    expect(precomputeRelations(terms, [...both, { ...both[0]!, key: 'prc' }], relationCues())).toBeUndefined();
    expect(precomputeRelations(terms, [both[0]!, { ...both[0]!, start: 0, end: 5 }], relationCues())).toBeUndefined();
  });

  it('gives the same graph whether the assembly uses the answers or classifies every pair itself', () => {
    const text = [
      'China lent Kazakhstan two billion dollars in 2019. Kazakhstan and Russia signed a border treaty.',
      'Russia did not sanction Kazakhstan, said President Tokayev. Tokayev met Xi Jinping in Beijing.',
      'The new road in Kyrgyzstan was funded by China, and Xi praised the Shanghai Cooperation Organisation.',
    ].join('\n\n');
    const bytes = new TextEncoder().encode(text);
    const analysis = analyseDocument(bytes, 'a.txt', extractorLexicon());
    if (analysis.status !== 'ok') throw new Error('skipped');
    const answered = analysis.sentenceParses.filter((parse) => parse.ahead !== undefined).length;
    expect(answered).toBeGreaterThan(1);
    const without: DocumentAnalysis = { ...analysis, sentenceParses: analysis.sentenceParses.map(({ passage, sentence, packed }) => ({ passage, sentence, packed })) };
    const a = assembleGraph(['a.txt'], [structuredClone(analysis)]).graph;
    const b = assembleGraph(['a.txt'], [without]).graph;
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(a.edges.some((edge) => edge.relations?.some((relation) => relation.type !== 'none'))).toBe(true);
  });
});
