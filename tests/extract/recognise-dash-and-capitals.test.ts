/**
 * Two organisation classes read off the fourth web-page set once it was spent (lead, 2026-12-08): a body named for
 * two parties joined by an en dash lost its first party ("NATO–Russia Council" read as NATO and "Russia Council"),
 * and a firm's one-word name set in capitals ("HUAWEI") was taken for an unexplained acronym, a body. Invented
 * sentences over the real general-knowledge lexicon; the expected mentions are worked out by hand.
 */
import { describe, expect, it } from 'vitest';
import { recogniseText, ruledSurfaces, typedSurfaces } from '../helpers/recognise-text.ts';

describe('a body named for parties joined by a dash (dash-joined-body)', () => {
  it('takes a state or a body before an en dash into the body named from a cue word', () => {
    expect(typedSurfaces('The Mongolia–China Business Council met in May.')).toEqual(['Mongolia–China Business Council=organisation']);
    expect(ruledSurfaces('The NATO–Korea Partnership Council met.')).toEqual(['NATO–Korea Partnership Council=dash-joined-body']);
    // A chain of parties, each joined by a dash.
    expect(typedSurfaces('The US–Kazakhstan–Mongolia Trade Forum opened.')).toEqual(['US–Kazakhstan–Mongolia Trade Forum=organisation']);
  });

  it('leaves two lexicon actors joined by a dash, a spaced dash, an em dash and a firm alone', () => {
    expect(typedSurfaces('Russia–NATO relations soured.')).toEqual(['Russia=state', 'NATO=organisation']);
    expect(typedSurfaces('The India–Pakistan border is closed.')).toEqual(['India=state', 'Pakistan=state']);
    expect(typedSurfaces('Officials of Russia — Dorland Harbour Council members — came.')).toEqual(['Russia=state', 'Dorland Harbour Council=organisation']);
    expect(typedSurfaces('Officials of Russia—Dorland Harbour Council members—came.')).toEqual(['Russia=state', 'Dorland Harbour Council=organisation']);
    expect(recogniseText('The Japan–Brill Holdings Ltd deal closed.').some((mention) => mention.rule === 'dash-joined-body')).toBe(false);
    // A hyphen after a lexicon body joins a programme or post to it, not two parties.
    expect(recogniseText('She was a Council on Foreign Relations-Dorvex International Affairs Fellow.').some((mention) => mention.rule === 'dash-joined-body')).toBe(false);
  });
});

describe('a firm or body named in capitals (exact match, then the name)', () => {
  it('reads a one-word lexicon firm set in capitals as that firm, acronym entries included', () => {
    expect(typedSurfaces('HUAWEI and GAZPROM signed a deal.')).toEqual(['HUAWEI=firm', 'GAZPROM=firm']);
    const sinopec = recogniseText('SINOPEC will build the plant.');
    expect(sinopec.map((mention) => [mention.label, mention.type, mention.rule])).toEqual([['China Petroleum & Chemical Corporation', 'firm', 'lexicon']]);
  });

  it('leaves capitals and states set in capitals, short words and unknown capitals as before', () => {
    // A capital in a dateline: no government, and no body either.
    expect(recogniseText('MOSCOW, May 3 - The talks ended.').filter((mention) => mention.label === 'Russia')).toEqual([]);
    // An all-capitals word the lexicon does not hold stays an unexplained acronym, a body.
    expect(ruledSurfaces('DORVEX said it would invest.')).toEqual(['DORVEX=acronym-undefined']);
    // An acronym the lexicon holds in capitals is matched exactly, as before.
    expect(recogniseText('The UN met.').map((mention) => mention.label)).toEqual(['United Nations']);
  });
});
