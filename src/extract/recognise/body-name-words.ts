/** Word classes of lexicon/body-name-words.json as normalised keys (see that file). */
import bodyNameWords from '../lexicon/body-name-words.json' with { type: 'json' };
import { normaliseWord } from './tokens.ts';

const keysOf = (words: readonly string[]): Set<string> => new Set(words.map((word) => word.split(/\s+/).map(normaliseWord).join(' ')));

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
