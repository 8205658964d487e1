/**
 * A person written with the initial glued to the surname, as Mongolian and some Central Asian writing does (issue 12,
 * class 9; i12-classes2): "D.Zorigt, Minister for Mineral Resources", "B.Enebish, the executive director", "Yo.Kobayashi,
 * the vice president". One or two letters (a capital, maybe one lower-case letter), a full stop and a capitalised
 * word of three letters or more, with no space and nothing glued around, where no confirmed mention stands yet, is a person
 * (rule `glued-initial`). Not abbreviated places, degrees or bills ("St.Petersburg", "M.Phil", "H.Res. 123": nothing
 * numbered follows a person's name); those words are data, lexicon/person-shapes.json.
 */
import shapes from '../../lexicon/person-shapes.json' with { type: 'json' };
import { emitSpan, type Scan } from '../scan.ts';

const GLUED_INITIAL = /(?<![\p{L}\p{N}.])(\p{Lu}\p{Ll}?)\.(\p{Lu}\p{Ll}{2,})(?![\p{L}\p{N}]|\.\p{L}|\.?\s*\d)/gu;
/** Abbreviations that open place names, and degrees or bills written the same way (data: person-shapes.json, matched as written). */
const NOT_INITIALS: ReadonlySet<string> = new Set(shapes.notGluedInitials);
const NOT_SURNAMES: ReadonlySet<string> = new Set(shapes.notGluedSurnames);

export function recogniseGluedInitials(scan: Scan): void {
  for (const match of scan.text.matchAll(GLUED_INITIAL)) {
    const [surface, initial = '', surname = ''] = match;
    if (NOT_INITIALS.has(initial) || NOT_SURNAMES.has(surname)) continue;
    const start = match.index;
    const end = start + surface.length;
    const overlapping = scan.mentions.filter((mention) => mention.start < end && start < mention.end);
    // Unconfirmed pieces inside the span ("Yo", "Kobayashi") give way; any other mention there stands.
    if (overlapping.some((mention) => mention.kind !== 'surname' || mention.start < start || mention.end > end)) continue;
    scan.mentions = scan.mentions.filter((mention) => !overlapping.includes(mention));
    emitSpan(scan, start, end, 'named', 'person', 'glued-initial', `${initial}. ${surname}`);
  }
}
