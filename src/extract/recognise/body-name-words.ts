/** Word classes of lexicon/body-name-words.json as normalised keys (see that file). */
import bodyNameWords from '../lexicon/body-name-words.json' with { type: 'json' };
import { keysOf, normaliseWord } from './tokens.ts';


/** Verbs after "to" that name a body's purpose ("Committee to Protect Journalists"). */
export const PURPOSE_VERBS = keysOf(bodyNameWords.purposeVerbs);
/** Bodies named by whom they are sent to ("Mission to NATO"). */
export const MISSION_WORDS = keysOf(bodyNameWords.missionWords);
/** Offices named by the post they serve ("Office of the Legal Adviser"). */
export const OFFICE_HEADS = keysOf(bodyNameWords.officeHeads);
/** Words that close what an office covers ("… Organization Affairs", "… Technology Policy"). */
export const PORTFOLIO_HEADS = keysOf(bodyNameWords.portfolioHeads);
/** Words before "District" that make it a public body, not an area ("Water Management District", "School District"). */
export const FUNCTIONAL_DISTRICT_WORDS = keysOf(bodyNameWords.functionalDistrictWords);
/** Plural body words a list shares ("the Departments of Labor and Energy"), keyed by their key, with the singular. */
export const PLURAL_HEADS: ReadonlyMap<string, string> = new Map(Object.entries(bodyNameWords.pluralHeads).map(([plural, singular]) => [normaliseWord(plural), singular]));
/** Chambers whose name on a list's first item every item shares ("Senate Armed Services and Judiciary Committees"). */
export const CHAMBER_WORDS = keysOf(bodyNameWords.chamberWords);
/** Body words that inside a listed item name a portfolio ("Health and Human Services", "Armed Services"). */
export const PORTFOLIO_CUES = keysOf(bodyNameWords.portfolioCues);
/** Plural organs shared out by a list only when the list names their chamber ("Senate Banking and Judiciary Committees"). */
export const ORGAN_HEADS = keysOf(bodyNameWords.organHeads);
/** Words that end a military unit's name after its ordinal ("97th Air Refueling Wing"). */
export const UNIT_WORDS = keysOf(bodyNameWords.unitWords);
/** Abbreviations with a full stop that open a name ("St. John’s University"), as written. */
export const ABBREVIATED_PREFIXES: ReadonlySet<string> = new Set(bodyNameWords.abbreviatedPrefixes);
