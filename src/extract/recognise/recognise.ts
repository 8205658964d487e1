/**
 * Finds candidate actor mentions in one passage by running the ordered passes of passes/
 * over an explicit Scan (scan.ts): general-knowledge lexicon hits (countries, capitals,
 * demonyms, known organisations), organisation/firm cue words ("… Ministry", "… Bank of …"),
 * person titles ("President …"), given names, acronym definitions "Full Name (ACR)". The
 * compromise tagger is consulted only for multi-word names the rules cannot type. Every
 * mention names the rule that produced it (rule-ids.ts).
 */
import type { AcronymDefinition, CandidateMention, PassageAnalysis } from '../types.ts';
import { PASSES } from './passes/index.ts';
import type { NameContext } from './runs.ts';
import { createScan } from './scan.ts';

/** lowercaseVocabulary: words that occur in lower case somewhere in the document; capitalised at a sentence start, they are not names. */
export type RecogniseContext = NameContext;

export interface PassageRecognition {
  mentions: CandidateMention[];
  acronyms: AcronymDefinition[];
}

export function recognisePassage(passage: PassageAnalysis, passageIndex: number, context: RecogniseContext): PassageRecognition {
  const scan = createScan(passage, passageIndex, context);
  for (const pass of PASSES) {
    pass(scan);
    if (scan.done) return { mentions: [], acronyms: [] };
  }
  return { mentions: scan.mentions, acronyms: scan.acronyms };
}
