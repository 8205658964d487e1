import { describe, expect, it } from 'vitest';
import { buildLexiconIndex } from '../../src/extract/recognise/index.ts';
import { resolveActors } from '../../src/extract/resolve/index.ts';
import { departmentOfForm } from '../../src/extract/resolve/organ-names.ts';
import { mention, summary } from '../helpers/located-mentions.ts';
import { smallLexicon } from '../fixtures/extract/small-lexicon.ts';

// The small lexicon plus two parents of organs; no organ of them is listed, so every merge below is the rule's.
const lexicon = buildLexiconIndex({
  ...smallLexicon,
  knownOrganisations: [
    ...smallLexicon.knownOrganisations,
    { name: 'United Nations', acronyms: ['UN'], aliases: [], type: 'organisation' },
    { name: 'European Union', acronyms: ['EU'], aliases: [], type: 'organisation' },
  ],
});

describe('an organ named in full and short in one document is one body (class 9)', () => {
  it('joins "<Parent> <Organ>" and "<Organ> of the <Parent>" with the short name, labelled by the full one', () => {
    // "The United Nations General Assembly met. The General Assembly voted; the General Assembly adjourned."
    // "The Court of Justice of the European Union ruled. The Court of Justice said …"
    const actors = resolveActors([
      mention('United Nations General Assembly', 'organisation', 'named', 0),
      mention('General Assembly', 'organisation', 'named', 0), mention('General Assembly', 'organisation', 'named', 0),
      mention('Court of Justice of the European Union', 'organisation', 'named', 1), mention('Court of Justice', 'organisation', 'named', 1),
    ], [], lexicon);
    expect(summary(actors)).toEqual(['organisation:Court of Justice of the European Union:2', 'organisation:United Nations General Assembly:3']);
  });

  it('a parent known only from the corpus counts; two longer names in one document leave the short one apart', () => {
    // "The United Nations Executive Board and the World Bank Executive Board met; the Executive Board …": which board?
    const actors = resolveActors([
      mention('World Bank', 'organisation', 'named', 0),
      mention('United Nations Executive Board', 'organisation', 'named', 0), mention('World Bank Executive Board', 'organisation', 'named', 0),
      mention('Executive Board', 'organisation', 'named', 0),
    ], [], lexicon);
    expect(summary(actors)).toEqual([
      'organisation:Executive Board:1', 'organisation:United Nations Executive Board:1', 'organisation:World Bank Executive Board:1', 'organisation:World Bank:1',
    ]);
  });

  it('decides by document: each document’s short name joins that document’s full name, and one without stays apart', () => {
    // Document 0 speaks of the UN's council, document 1 of the EU's; document 2 names no parent.
    const actors = resolveActors([
      mention('United Nations Human Rights Council', 'organisation', 'named', 0), mention('Human Rights Council', 'organisation', 'named', 0),
      mention('European Union Human Rights Council', 'organisation', 'named', 1), mention('Human Rights Council', 'organisation', 'named', 1),
      mention('Human Rights Council', 'organisation', 'named', 1), mention('Human Rights Council', 'organisation', 'named', 2),
    ], [], lexicon);
    expect(summary(actors)).toEqual([
      'organisation:European Union Human Rights Council:3', 'organisation:Human Rights Council:1', 'organisation:United Nations Human Rights Council:2',
    ]);
  });

  it('in a document without the full name, the short name joins the one full name of the corpus whose parent that document names', () => {
    // Document 0: "the United Nations General Assembly" and "the European Union Human Rights Council". Document 1:
    // "the UN … the General Assembly". Document 2: "the UN and the EU … the Human Rights Council" (which one?).
    // Document 3: "the General Assembly" and no parent: apart.
    const actors = resolveActors([
      mention('United Nations General Assembly', 'organisation', 'named', 0), mention('European Union Human Rights Council', 'organisation', 'named', 0),
      mention('United Nations Human Rights Council', 'organisation', 'named', 4),
      mention('United Nations', 'organisation', 'named', 1), mention('General Assembly', 'organisation', 'named', 1),
      mention('United Nations', 'organisation', 'named', 2), mention('European Union', 'organisation', 'named', 2),
      mention('Human Rights Council', 'organisation', 'named', 2), mention('General Assembly', 'organisation', 'named', 3),
    ], [], lexicon);
    expect(summary(actors)).toEqual([
      'organisation:European Union Human Rights Council:1', 'organisation:European Union:1', 'organisation:General Assembly:1',
      'organisation:Human Rights Council:1', 'organisation:United Nations General Assembly:2', 'organisation:United Nations Human Rights Council:1',
      'organisation:United Nations:2',
    ]);
  });

  it('a name that already opens with a known body is no short form', () => {
    // "the United Nations Office in Geneva … the United Nations Office of Legal Affairs": two bodies.
    const actors = resolveActors([
      mention('United Nations Office', 'organisation', 'named', 0), mention('Legal Affairs', 'organisation', 'named', 0),
      mention('United Nations Office of Legal Affairs', 'organisation', 'named', 0),
    ], [], lexicon);
    expect(summary(actors)).toEqual([
      'organisation:Legal Affairs:1', 'organisation:United Nations Office of Legal Affairs:1', 'organisation:United Nations Office:1',
    ]);
  });

  it('a longer name whose first words are no body is another body, and names in other documents are no evidence', () => {
    // "the Asian Development Bank and the Development Bank of Kazakhstan"; "General Assembly" alone in document 1.
    const actors = resolveActors([
      mention('Asian Development Bank', 'organisation', 'named', 0), mention('Development Bank', 'organisation', 'named', 0),
      mention('United Nations General Assembly', 'organisation', 'named', 0), mention('General Assembly', 'organisation', 'named', 1),
    ], [], lexicon);
    expect(summary(actors)).toEqual([
      'organisation:Asian Development Bank:1', 'organisation:Development Bank:1', 'organisation:General Assembly:1', 'organisation:United Nations General Assembly:1',
    ]);
  });
});

describe('a department written in both word orders is one body (class 9)', () => {
  it('reads "<X> Department" as "Department of (the) <X>"', () => {
    expect(departmentOfForm('state department')).toBe('department of state');
    expect(departmentOfForm('homeland security department')).toBe('department of homeland security');
    expect(departmentOfForm('new york city police department')).toBeUndefined();
    expect(departmentOfForm('department of state')).toBeUndefined();
  });

  it('joins both orders across the corpus, with or without "the", and state-prefixed ones', () => {
    const actors = resolveActors([
      mention('Department of State', 'organisation', 'named', 0), mention('Department of State', 'organisation', 'named', 0),
      mention('State Department', 'organisation', 'named', 1), mention('U.S. State Department', 'organisation', 'named', 2),
      mention('Department of the Treasury', 'organisation', 'named', 3), mention('Treasury Department', 'organisation', 'named', 4),
      mention('Department of Treasury', 'organisation', 'named', 4), mention('U.S. Treasury Department', 'organisation', 'named', 6),
      // Only one order of this one: nothing to join.
      mention('Commerce Department', 'organisation', 'named', 5),
    ], [], lexicon);
    expect(summary(actors)).toEqual([
      'organisation:Commerce Department:1', 'organisation:Department of State:4', 'organisation:Department of the Treasury:4',
    ]);
  });
});
