/**
 * A journal article's author block (issue 12, class 1, i12-classes): the affiliation lines under the
 * author's name are read as passages of their own; departments, posts, addresses and identifiers are
 * not; nothing after the header is touched. Expected passages written out by hand from the text.
 */
import { describe, expect, it } from 'vitest';
import { segmentDocument } from '../../src/extract/segment/index.ts';
import { typedSurfaces } from '../helpers/recognise-text.ts';

const header = [
  'Great Powers in the Steppe',
  'No. 2 2025 April/June',
  'DOI: 10.1234/5678',
  'Ivan Yu. Petrenko',
  '',
  'Ural Federal University, Yekaterinburg, Russia',
  'Department of Oriental Studies',
  'Associate Professor;',
  'Institute of Asian Studies',
  'Leading Research Fellow',
  '',
  'E-mail: someone@example.org',
  '',
  'The article looks at how the great powers have competed for influence in Central Asia since the end of the Soviet Union.',
].join('\n');

describe('affiliation lines of an author block', () => {
  it('reads each institution line under the author\'s name as a passage of its own', () => {
    const passages = segmentDocument(header, 'x').passages.map((passage) => passage.text);
    expect(passages).toEqual([
      'Ural Federal University, Yekaterinburg, Russia',
      'Associate Professor;',
      'Institute of Asian Studies',
      'The article looks at how the great powers have competed for influence in Central Asia since the end of the Soviet Union.',
    ]);
  });

  it('records the author with a two-letter initial', () => {
    expect(segmentDocument(header, 'x').authors).toContain('Ivan Yu. Petrenko');
  });

  it('leaves institution lines alone when no author name stands above them, or after the body has begun', () => {
    const noAuthor = ['Great Powers in the Steppe', '', 'Ural Federal University', '', 'The article looks at how the great powers have competed for influence in Central Asia since the end.'].join('\n');
    expect(segmentDocument(noAuthor, 'x').passages.map((passage) => passage.text)).toEqual([
      'The article looks at how the great powers have competed for influence in Central Asia since the end.',
    ]);
    const afterBody = ['The article looks at how the great powers have competed for influence in Central Asia since the end.', '', 'Ivan Petrenko', 'Ural Federal University'].join('\n');
    expect(segmentDocument(afterBody, 'x').passages).toHaveLength(1);
  });
});

describe('an organisation cue word opening a sentence', () => {
  it('opens a body\'s name when "of" and a name follow it', () => {
    expect(typedSurfaces('Institute of Asian Studies')).toEqual(['Institute of Asian Studies=organisation']);
    expect(typedSurfaces('Institute staff met.')).toEqual([]);
  });
});
