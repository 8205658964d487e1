/**
 * Person candidates that are no person (issue 12, classes 7 and 16):
 * - a hyphenated pair of names, or one lone name, right before a lower-case noun of a law, programme or
 *   object ("the Kemp-Kasten amendment", "the Fulbright-Schuman programme", "the Haft-Sin table"): the names
 *   say whose law or programme it is; no one is named there (data: person-shapes.json `thingNounsAfterName`);
 * - a plural acronym ("118 EMBs", "NGOs"): a kind of bodies, no person;
 * - a court district's initials and a state's abbreviation ("D. Mass.", "N.D. Cal."): a court in a citation
 *   (data: `courtStateAbbreviations`); a name cut at "Ste"/"St" ("Sault Ste"), or holding "Ste." after its
 *   first word ("Sault Ste. Marie", once names go on after an abbreviated saint): a place. "St." inside a
 *   name is left ("Paul St. John" is a person).
 * Two-word names before such a noun ("the Helen Keller act") are left: a full name may stand attributively
 * and still name its person.
 */
import shapes from '../../lexicon/person-shapes.json' with { type: 'json' };
import type { Scan } from '../scan.ts';

const THING_NOUNS: ReadonlySet<string> = new Set(shapes.thingNounsAfterName);
const COURT_STATES: ReadonlySet<string> = new Set(shapes.courtStateAbbreviations);
/** "Sault Ste", "Fort St": a name cut at a saint's abbreviated title, which only a place's name ends in. */
const SAINT_ABBREVIATIONS: ReadonlySet<string> = new Set(['St', 'Ste']);
const COURT_DISTRICT = /^(?:[NSEWCM]\.\s?)?D\.\s?(\p{Lu}\p{Ll}+)$/u;

export function dropNamesAsAttributes(scan: Scan): void {
  scan.mentions = scan.mentions.filter((mention) => {
    if (mention.type !== 'person' || mention.kind === 'lexicon') return true;
    const text = scan.text.slice(mention.start, mention.end);
    if (/^\p{Lu}{2,}s$/u.test(text)) return false;
    if (COURT_STATES.has(COURT_DISTRICT.exec(text)?.[1] ?? '')) return false;
    const words = text.split(/\s+/);
    if (words.length > 1 && SAINT_ABBREVIATIONS.has(words[words.length - 1] as string)) return false;
    if (words.slice(1).some((word) => word === 'Ste.')) return false;
    if (/\s/.test(text)) return true;
    const after = /^\s+(\p{Ll}+)/u.exec(scan.text.slice(mention.end, mention.end + 40));
    return !(after && THING_NOUNS.has(after[1] as string));
  });
}
