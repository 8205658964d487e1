/**
 * The recogniser's passes, in the order they run over a passage's Scan. Each reads what the
 * earlier ones left (tokens marked name-like, runs, mentions) and adds to it; a pass may end
 * the scan (`scan.done`).
 */
import type { Scan } from '../scan.ts';
import { typeUnknownListMembersAsFirms } from './firms-in-lists.ts';
import { matchLowercaseLexiconPhrases } from './lowercase-lexicon.ts';
import { markNameLike } from './mark-name-like.ts';
import { definePhraseAcronyms, findRuns, recogniseRuns } from './recognise-runs.ts';
import { skipShouting } from './skip-shouting.ts';
import { joinPartnershipFirms } from './partnership-firms.ts';
import { extendBodyNames } from './extend-body-names.ts';
import { splitAtHeadlineVerbs } from './split-at-headline-verbs.ts';
import { checkPersonShapes } from './person-shapes.ts';
import { continueBodyNames } from './continue-body-names.ts';
import { typeFunctionalDistricts } from './functional-districts.ts';
import { defineBodyAcronyms } from './acronym-bodies.ts';
import { checkThingShapes } from './thing-shapes.ts';
import { distributeSharedHeads } from './distributed-heads.ts';
import { nameMilitaryUnits } from './military-units.ts';
import { dropOrdinaryWordFirms } from './ordinary-word-firms.ts';
import { dropNamesAsAttributes } from './name-as-attribute.ts';
import { dropThingAcronyms } from './thing-acronyms.ts';
import { dropIndefiniteKinds } from './indefinite-kinds.ts';
import { typePolicyBanks } from './policy-banks.ts';
import { cutTitlesBeforeBodies } from './title-before-body.ts';
import { splitCoordinatedFirms } from './coordinated-firms.ts';
import { applyDescribedKinds } from './described-kinds.ts';
import { dropNumberedEvents } from './numbered-events.ts';
import { dropGerundNames } from './gerund-names.ts';
import { typeMiddleInitialPersons } from './initial-persons.ts';
import { fixMisreadFirmCues } from './firm-cue-misreads.ts';
import { dropAwardNames } from './award-names.ts';
import { typeRoleNounPersons } from './role-noun-persons.ts';
import { joinFormerNames } from './former-names.ts';
import { recogniseDatelineAgencies } from './dateline-agencies.ts';
import { joinMembersInPlace } from './members-in-place.ts';
import { dropCodeAcronyms } from './code-acronyms.ts';
import { defineLowercaseAcronyms } from './spelled-definitions.ts';
import { dropPlaceNames } from './place-names.ts';
import { dropVesselNames } from './vessel-names.ts';
import { typeTitledAppositions } from './titled-appositions.ts';
import { dropSiteNames } from './site-names.ts';
import { dropFunctionDepartments } from './function-departments.ts';
import { dropEventsInContext } from './event-context.ts';
import { typeQuotedFirms } from './quoted-firms.ts';
import { readGovernmentsOf } from './governments-of.ts';
import { dropCutNames } from './cut-names.ts';
import { dropUnitAcronyms } from './unit-acronyms.ts';
import { recogniseGluedInitials } from './glued-initials.ts';
import { typeRoleAppositions } from './role-appositions.ts';
import { typeKindNounFirms } from './kind-noun-firms.ts';
import { recogniseReportingOutlets } from './reporting-outlets.ts';
import { dropNamelessBodies } from './nameless-bodies.ts';
import { splitBodiesFromPersons } from './body-then-person.ts';
import { cutDesksOffBodies } from './desk-of-body.ts';
import { dropHyphenPieces } from './hyphen-pieces.ts';
import { joinDashedBodies } from './dash-joined-bodies.ts';

export type Pass = (scan: Scan) => void;

export const PASSES: readonly Pass[] = [
  skipShouting,
  markNameLike,
  recogniseDatelineAgencies,
  matchLowercaseLexiconPhrases,
  definePhraseAcronyms,
  findRuns,
  splitAtHeadlineVerbs,
  extendBodyNames,
  joinMembersInPlace,
  continueBodyNames,
  distributeSharedHeads,
  nameMilitaryUnits,
  typeFunctionalDistricts,
  recogniseRuns,
  defineBodyAcronyms,
  joinPartnershipFirms,
  typeUnknownListMembersAsFirms,
  checkPersonShapes,
  dropNamesAsAttributes,
  checkThingShapes,
  dropOrdinaryWordFirms,
  dropThingAcronyms,
  dropIndefiniteKinds,
  // Real-corpus precision classes (issue 12): glued titles, firms joined by "and", names described as things or
  // bodies, numbered events, -ing programme names, middle-initial persons,
  // persons after a role noun, misleading firm cues, awards.
  cutTitlesBeforeBodies,
  splitCoordinatedFirms,
  applyDescribedKinds,
  dropNumberedEvents,
  dropGerundNames,
  typeMiddleInitialPersons,
  typeRoleNounPersons,
  fixMisreadFirmCues,
  dropAwardNames,
  // Mines and fields named like firms or persons; desks of a ministry named by function or region; events where the sentence puts someone at them;
  // quoted one-word firms beside a firm noun; governments named after a person or after a state's possessive;
  // names cut off where the text stops; acronyms after a number are units; persons with a glued initial (i12-classes2).
  dropSiteNames,
  dropFunctionDepartments,
  dropEventsInContext,
  typeQuotedFirms,
  readGovernmentsOf,
  dropCutNames,
  dropUnitAcronyms,
  recogniseGluedInitials,
  typePolicyBanks,
  joinFormerNames,
  // Issue 12, precision5: codes in capitals, acronyms of lower-case phrases, places and ships typed as actors, persons
  // a list typed as bodies.
  dropCodeAcronyms,
  defineLowercaseAcronyms,
  dropPlaceNames,
  dropVesselNames,
  typeTitledAppositions,
  // Recall on unseen text (issue 12, i12-recall2): names introduced by a job, a firm noun or a report.
  typeRoleAppositions,
  typeKindNounFirms,
  recogniseReportingOutlets,
  // Organisations on real text (issue 12, i12-orgs3): programmes, lines of work and members named like bodies; a
  // person's name run on after the body they serve in; a desk named before the body it belongs to; pieces of
  // hyphenated words.
  dropNamelessBodies,
  splitBodiesFromPersons,
  cutDesksOffBodies,
  dropHyphenPieces,
  // A body named for two parties joined by an en dash (lead, 2026-12-08).
  joinDashedBodies,
];
