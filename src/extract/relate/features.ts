/**
 * Features of one actor pair for the learned relation model (model.ts): what the parse
 * already gives, as plain strings — the rule that decided the pair and its answer, the actor
 * types and their order, how far apart the mentions are, the words, cue types and broad verb
 * classes between and around them, the first verb of the first actor's stretch, punctuation
 * and the shape of lists and possessives. Word classes come from the cue lexicon (cues.ts) and
 * the CAMEO/PLOVER-style classes of lexicon/relation-verb-classes.json, so a verb the rules do
 * not list still says which kind of event it names. No second parse: only the pair's terms.
 */
import classData from '../lexicon/relation-verb-classes.json' with { type: 'json' };
import type { ParsedTerm } from './parse.ts';
import { BE, LIST_WORDS, cueTypesOf, has, isPossessive, type Context, type Finding } from './context.ts';
import { shapeFeatures } from './features-shape.ts';
import { contextFeatures } from './features-context.ts';
import { structureFeatures } from './features-structure.ts';
import { roleFeatures } from './features-roles.ts';

const CLASS_OF = new Map<string, string[]>();
for (const [name, words] of Object.entries((classData as { classes: Record<string, string[]> }).classes)) {
  for (const word of words) {
    const classes = CLASS_OF.get(word) ?? [];
    if (!classes.includes(name)) classes.push(name);
    CLASS_OF.set(word, classes);
  }
}

/** A crude stem: the word without a regular ending, so "sanctioned", "sanctions" and "sanctioning" meet. */
export function stem(word: string): string {
  for (const ending of ['ing', 'ied', 'ies', 'ed', 'es', 's', 'ment', 'ion']) {
    if (word.length > ending.length + 3 && word.endsWith(ending)) {
      const base = word.slice(0, -ending.length);
      return ending === 'ied' || ending === 'ies' ? `${base}y` : base;
    }
  }
  return word;
}

/** verbClassesOf's answers by word: asked for the same words by every pair of a sentence. Cleared when this large. */
const CLASSES_BY_WORD = new Map<string, readonly string[]>();
const MAX_REMEMBERED_WORDS = 100_000;

/** The broad classes of a word (relation-verb-classes.json), by its form or its stem (with a final "e" put back). */
export function verbClassesOf(word: string): readonly string[] {
  let classes = CLASSES_BY_WORD.get(word);
  if (classes === undefined) {
    classes = classesOfWord(word);
    if (CLASSES_BY_WORD.size >= MAX_REMEMBERED_WORDS) CLASSES_BY_WORD.clear();
    CLASSES_BY_WORD.set(word, classes);
  }
  return classes;
}

function classesOfWord(word: string): readonly string[] {
  const direct = CLASS_OF.get(word);
  if (direct) return direct;
  const base = stem(word);
  return CLASS_OF.get(base) ?? CLASS_OF.get(`${base}e`) ?? [];
}

function gapBucket(gap: number): string {
  if (gap <= 2) return String(gap);
  if (gap <= 4) return '3-4';
  if (gap <= 8) return '5-8';
  if (gap <= 15) return '9-15';
  return '16+';
}

/** Features of the pair (x before y in the sentence) given the rules' finding for it. */
export function pairFeatures(context: Context, rule: Finding): string[] {
  const { terms, cues, x, y, covered } = context;
  const features = new Set<string>(['bias']);
  const add = (feature: string) => features.add(feature);
  const ruleFamily = rule.rule.split(':').slice(0, 2).join(':');
  add(`rule=${rule.rule}`);
  add(`rulefam=${ruleFamily}`);
  add(`ruletype=${rule.relation.type}`);
  add(`xt=${x.type}`);
  add(`yt=${y.type}`);
  add(`types=${x.type}|${y.type}`);
  const gap = y.first - x.last - 1;
  add(`gap=${gapBucket(gap)}`);
  if (isPossessive(terms[x.last])) add('xposs');
  if (isPossessive(terms[y.last])) add('yposs');
  if (terms[x.last]!.after === ',') add('xcomma');
  if (terms[y.last]!.after === ',') add('ycomma');
  if (x.first === 0) add('xstarts');

  const between: ParsedTerm[] = [];
  let others = 0;
  let listOnly = true;
  for (let i = x.last + 1; i < y.first; i++) {
    const other = covered.get(i);
    if (other) {
      if (other !== x && other !== y && other.first === i) others++;
      continue;
    }
    between.push(terms[i]!);
    if (!LIST_WORDS.has(terms[i]!.word)) listOnly = false;
  }
  if (others > 0) add(`others=${Math.min(others, 3)}`);
  if (listOnly) add(gap === 0 && terms[x.last]!.after !== ',' ? 'adjacent' : 'listonly');
  if (between.length <= 3) add(`bseq=${between.map((term) => term.word).join('_')}`);

  let firstVerb: ParsedTerm | undefined;
  for (const [index, term] of between.entries()) {
    const word = term.word;
    if (word === '') continue;
    add(`bw=${stem(word)}`);
    const verb = has(term, 'V') && !has(term, 'N');
    for (const type of cueTypesOf(term, cues)) add(`${verb ? 'bcv' : 'bcn'}=${type}`);
    for (const name of verbClassesOf(word)) add(`bvc=${name}`);
    if (verb && !has(term, 'K') && !has(term, 'U') && !firstVerb) firstVerb = term;
    if (has(term, 'X') || cues.negators.has(word)) add('neg');
    if (has(term, 'K')) add('copula');
    if (has(term, 'P') || (verb && has(term, 'T') && BE.has(between[index - 1]?.word ?? ''))) add('passive');
    if (cues.speechVerbs.has(word)) add('speech');
    if (cues.belongsNouns.has(word) || cues.titleHeads.has(word)) add('btitle');
    if (cues.memberNouns.has(word)) add('bmember');
    if (cues.relativeWords.has(word)) add('brelative');
    if (term.after !== undefined && /[;:()–—"“”]/.test(term.after)) add('bpunct');
    if (term.after === ',') add('bcomma');
    if (['by', 'from', 'with', 'against', 'to', 'of', 'between', 'on', 'in', 'for'].includes(word)) add(`bprep=${word}`);
  }
  if (firstVerb) {
    add(`v1=${stem(firstVerb.word)}`);
    for (const name of verbClassesOf(firstVerb.word)) add(`v1c=${name}`);
    for (const type of cueTypesOf(firstVerb, cues)) add(`v1cue=${type}`);
  } else add('noverb');
  if (terms[y.first - 1]?.word === 'by' || (terms[y.first - 2]?.word === 'by' && has(terms[y.first - 1], 'D'))) add('bybeforey');
  if (terms[y.first - 1]?.word === 'from' || (terms[y.first - 2]?.word === 'from' && has(terms[y.first - 1], 'D'))) add('frombeforey');

  // Around the pair: up to four words before the first and after the second mention.
  const around = (from: number, to: number, side: string) => {
    for (let i = Math.max(0, from); i < Math.min(terms.length, to); i++) {
      if (covered.has(i)) continue;
      const term = terms[i]!;
      if (term.word === '') continue;
      add(`${side}w=${stem(term.word)}`);
      for (const type of cueTypesOf(term, cues)) add(`${side}c=${type}`);
      for (const name of verbClassesOf(term.word)) add(`${side}vc=${name}`);
    }
  };
  around(x.first - 4, x.first, 'p');
  around(y.last + 1, y.last + 5, 'a');
  const beforeX = terms[x.first - 1];
  if (beforeX) add(`bx=${beforeX.word}`);
  const afterY = terms[y.last + 1];
  if (afterY) {
    add(`ay=${stem(afterY.word)}`);
    if (cues.memberNouns.has(afterY.word)) add('aymember');
    if (cues.belongsNouns.has(afterY.word) || cues.titleHeads.has(afterY.word)) add('aytitle');
  }
  // Between-words: "talks between A and B", "by A and B".
  let before = x.first - 1;
  while (before >= 0 && has(terms[before], 'D')) before--;
  if (['between', 'among', 'by', 'with', 'of', 'against', 'from', 'to'].includes(terms[before]?.word ?? '')) add(`prex=${terms[before]!.word}`);
  for (const feature of shapeFeatures(context, verbClassesOf)) add(feature);
  for (const feature of contextFeatures(context, verbClassesOf, stem)) add(feature);
  for (const feature of structureFeatures(context)) add(feature);
  for (const feature of roleFeatures(context)) add(feature);
  return [...features];
}
