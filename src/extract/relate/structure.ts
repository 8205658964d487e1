/**
 * Structure rules: when the sentence's grammar says one actor is part, member, official or
 * subsidiary of the other (`belongs`, from the part to the whole), or that the two are only
 * listed as members. Each rule is a small test over the words between and around the two
 * mentions; the first that fires names itself in the Finding. Title and member words come
 * from lexicon/relation-cues.json (belongsNouns, memberNouns).
 */
import type { ParsedTerm } from './parse.ts';
import { adjacentOrgan, afterJointSubjects, copulaPart, createdOrgan, itsOrgan, memberIncluding, organOfIs } from './structure-bodies.ts';
import { briefOfTitle, titleAfterBody, titleOfBodyName } from './structure-titles.ts';
import { BE, LIST_WORDS, belongs, finding, has, isPossessive, isWhole, type Context, type Finding, type Placed } from './context.ts';

type Rule = (context: Context, view: View) => Finding | undefined;

/** What most rules look at, worked out once per pair. */
interface View {
  between: readonly ParsedTerm[];
  xEnd: ParsedTerm;
  yEnd: ParsedTerm;
  afterY: ParsedTerm | undefined;
  isTitle: (term: ParsedTerm) => boolean;
  isTitleWord: (term: ParsedTerm) => boolean;
}

const bothStates = (x: Placed, y: Placed) => x.type === 'state' && y.type === 'state';
/** Nouns naming the kind of body between a person's post and the body's name ("chairwoman of the human rights group Ezgulik"). */
const MAX_KIND_NOUNS = 3;
/** How far after the list its member noun may stand ("China, Russia and Kazakhstan, all former Soviet … , are members of"). */
const MEMBER_REACH = 16;
/** Words opening another clause, whose member noun is not the list's ("… between A and B, after guards took part of the border"). */
const SUBORDINATORS = new Set(['after', 'before', 'because', 'when', 'while', 'since', 'although', 'though', 'but', 'until', 'where', 'whereas']);
/** "take part in": the forms of "take" before "part". */
const TAKE = new Set(['take', 'takes', 'took', 'taking', 'taken']);
const openAfter = (term: ParsedTerm) => term.after === undefined || term.after === '-';

/** "Kazakhstan's president Tokayev", "Chinese President Xi", "China's Huawei", "our NATO Ally, Albania", "DHS's Cybersecurity Agency". */
const possessiveTitle: Rule = (context, { between, xEnd, afterY, isTitle, isTitleWord }) => {
  const { cues, x, y } = context;
  if (between.length > 4 || !isWhole(x) || bothStates(x, y)) return undefined;
  if (!(openAfter(xEnd) || isPossessive(xEnd))) return undefined;
  // "Country Director for Mongolia Nadia Petrova": the body a title is for is its brief, not the person's whole.
  if (!isPossessive(xEnd) && briefOfTitle(context)) return undefined;
  // The last title word may close with a comma before the name ("China's president, Xi Jinping").
  const open = between.every((term, i) => !has(term, 'V') && !has(term, 'R') && !has(term, 'C') && (openAfter(term) || (i === between.length - 1 && term.after === ',')));
  if (!open || !between.every(isTitle)) return undefined;
  const named = between.some(isTitleWord);
  if (!(isPossessive(xEnd) || named || (between.length === 0 && y.type !== 'state' && x.type === 'state'))) return undefined;
  // "Kazakhstan's SCO membership": the possessor is the member.
  if (between.length === 0 && afterY && cues.memberNouns.has(afterY.word) && y.type === 'organisation') return finding('belongs:possessive-membership', belongs(x, y));
  return finding('belongs:possessive-title', belongs(y, x));
};

/** "The last ICC president was Zaheer Abbas". */
const copulaTitle: Rule = ({ cues, x, y }, { between, isTitle }) => {
  const copulaAt = between.findIndex((term) => has(term, 'K'));
  if (copulaAt <= 0 || copulaAt !== between.length - 1 || !isWhole(x) || y.type !== 'person') return undefined;
  const head = between.slice(0, copulaAt);
  return head.every(isTitle) && head.some((term) => cues.belongsNouns.has(term.word)) ? finding('belongs:copula-title', belongs(y, x)) : undefined;
};

/** "the Commissioner of London's Metropolitan Police, Lord Condon". */
const titleOfComma: Rule = ({ terms, x, y }, { between, xEnd, isTitle, isTitleWord }) => {
  // Only an honorific or title may stand between the comma and the name ("…, Lord Condon").
  if (between.length > 2 || !between.every(isTitle) || xEnd.after !== ',' || y.type !== 'person' || !isWhole(x)) return undefined;
  let before = x.first - 1;
  while (before >= 0 && (has(terms[before], 'D') || isPossessive(terms[before]))) before--;
  const title = terms[before - 1];
  return terms[before]?.word === 'of' && title !== undefined && isTitleWord(title) ? finding('belongs:title-of-comma', belongs(y, x)) : undefined;
};

/** "Tokayev, Kazakhstan's president", "Huawei, a Chinese firm", "Tokayev is Kazakhstan's president", "Albania, a NATO ally". */
const apposition: Rule = (context, { between, xEnd, yEnd, afterY }) => {
  const { cues, x, y } = context;
  const linked = xEnd.after === ',' || (between.length > 0 && between.some((term) => has(term, 'K')));
  if (!linked || !isWhole(y) || !afterY) return undefined;
  // "Kazakhstan, one of the SCO's member states": "one of" before the body.
  const phrase = between[0]?.word === 'one' && between[1]?.word === 'of' && xEnd.after === ',' ? between.slice(2) : between;
  if (!phrase.every((term) => has(term, 'D') || has(term, 'A') || has(term, 'K') || has(term, 'B') || has(term, 'U'))) return undefined;
  // "… are the World Bank's two largest units": after a possessive, numbers and adjectives before the noun.
  let head = afterY;
  for (let k = y.last + 2; isPossessive(yEnd) && (head.flags === '' || has(head, 'A')) && k <= y.last + 4 && context.terms[k]; k++) head = context.terms[k]!;
  const member = cues.memberNouns.has(head.word);
  if (!(member || cues.belongsNouns.has(head.word) || cues.organNouns.has(head.word) || (isPossessive(yEnd) && has(afterY, 'A')))) return undefined;
  if (bothStates(x, y) && !member) return undefined;
  return finding('belongs:apposition', belongs(x, y));
};

/** "Jan Hecker, Adviser to the German Chancellor". */
const adviserTo: Rule = ({ cues, x, y }, { between, xEnd, afterY }) => {
  const toAt = between.findIndex((term) => term.word === 'to');
  if (toAt <= 0 || xEnd.after !== ',' || x.type !== 'person' || !isWhole(y) || !afterY || !cues.belongsNouns.has(afterY.word)) return undefined;
  const ok = between.slice(0, toAt).every((term) => !has(term, 'V')) && between.slice(toAt + 1).every((term) => has(term, 'D') || has(term, 'A'));
  return ok ? finding('belongs:adviser-to', belongs(x, y)) : undefined;
};

/** "Kazakhstan, a member of the SCO", "Wang Yi, foreign minister of China", "President Tokayev of Kazakhstan", "X is a subsidiary of Y", "X is a fellow at Y". */
const titleOf: Rule = ({ cues, x, y, covered }, { between, xEnd, isTitle }) => {
  // "Niva Yau is a Senior Researcher at the OSCE Academy": a person's post "at" a body reads like "of".
  // "Ren Guoqiang, spokesman for the Ministry of National Defense": a person's post "for" a body (not "envoy for" a state).
  const ofAt = between.findIndex((term) => term.word === 'of' || (term.word === 'at' && x.type === 'person') || (term.word === 'for' && x.type === 'person' && y.type !== 'state'));
  if (ofAt < 0 || !isWhole(y)) return undefined;
  // "Vasila Inoyatova, chairwoman of the human rights group Ezgulik": after a comma, a person's post may name the kind of body before its name.
  const kindNouns = x.type === 'person' && xEnd.after === ',' ? MAX_KIND_NOUNS : 0;
  const tail = between.slice(ofAt + 1);
  // "Director General of Russian state-owned company Gazneft": a nationality named as a state and a hyphenated participle qualify the body's kind.
  const plain = (term: ParsedTerm, k: number) => has(term, 'D') || has(term, 'A') || covered.get(x.last + 2 + ofAt + k)?.type === 'state' || (has(term, 'V') && tail[k - 1]?.after === '-');
  const kind = (term: ParsedTerm) => has(term, 'N') && !has(term, 'V') && (term.after === undefined || term.after === '-');
  if (!tail.every((term, k) => plain(term, k) || kind(term)) || tail.filter((term, k) => !plain(term, k)).length > kindNouns) return undefined;
  const head = between.slice(0, ofAt);
  const member = head.some((term) => cues.memberNouns.has(term.word));
  // A name suffix may stand before the title ("Joseph R. Biden, Jr., President of the United States").
  // "EUMETSAT is not an institution or agency of the European Union": a negator after the copula, "or" between title nouns.
  const negated = head.some((term) => cues.negators.has(term.word)) && has(head[0], 'K');
  // "a specialised agency": compromise tags the British participle a verb; between an article and a title word it is an adjective.
  const attributive = (term: ParsedTerm, k: number) => has(term, 'V') && has(head[k - 1], 'D') && head[k + 1] !== undefined && isTitle(head[k + 1]!);
  const headIsTitle = head.length > 0 && head.every((term, k) => isTitle(term) || has(term, 'K') || has(term, 'U') || attributive(term, k) || cues.nameSuffixes.has(term.word) || (negated && (cues.negators.has(term.word) || term.word === 'or'))) &&
    head.some((term) => cues.belongsNouns.has(term.word) || cues.memberNouns.has(term.word)) && !head.some((term, k) => has(term, 'V') && !has(term, 'K') && !has(term, 'U') && !attributive(term, k));
  if (!((head.length === 0 && x.type !== 'state') || (headIsTitle && (xEnd.after === ',' || head.filter((term) => !cues.negators.has(term.word) && term.word !== 'or').length <= 4)))) return undefined;
  if (bothStates(x, y) && !member) return undefined;
  return finding(head.length === 0 ? 'belongs:x-of-y' : 'belongs:title-of', negated ? { ...belongs(x, y), negated: true } : belongs(x, y));
};

/**
 * A person, a comma and a title phrase, then the body: "Lisa Wang, Nominee for Assistant Secretary for
 * Enforcement and Compliance, Department of Commerce"; "Colleen Shogan, of Pennsylvania, to be Archivist
 * of the United States". The phrase holds a title word and no verb but "to be", and closes with a comma
 * or "of"/"at" right before the body (lists of nominees, guests and signatories).
 */
const appositiveTitle: Rule = ({ terms, x, y, covered }, { between, xEnd, isTitleWord }) => {
  if (x.type !== 'person' || !isWhole(y) || xEnd.after !== ',' || between.length === 0 || between.length > 12) return undefined;
  if (between.some((term, k) => covered.has(x.last + 1 + k) || (has(term, 'V') && !has(term, 'N') && !BE.has(term.word)))) return undefined;
  if (!between.some(isTitleWord)) return undefined;
  let end = y.first - 1;
  while (end > x.last && has(terms[end], 'D')) end--;
  const closer = terms[end];
  if (end <= x.last || !closer || !(closer.after === ',' || closer.word === 'of' || closer.word === 'at')) return undefined;
  return finding('belongs:appositive-title', belongs(x, y));
};

/** "Kazakhstan joined the WTO"; "the SCO includes India"; passive turns them round. */
const partOrWholeVerb: Rule = ({ terms, cues, x, y, covered }, { between }) => {
  const verbs = between.filter((term) => has(term, 'V') && !has(term, 'K') && !has(term, 'U'));
  // "chaired by Lithuania and co-chaired by Norway": one state is not part of another by these verbs.
  if (verbs.length !== 1 || bothStates(x, y) || between.some((term) => covered.has(terms.indexOf(term)))) return undefined;
  const verb = verbs[0]!;
  const passive = has(verb, 'P');
  // "… joined the United States in a collective goal": joining another in an act, not a membership ("joined NATO in 2023" is one).
  const inAct = terms[y.last + 1]?.word === 'in' && !/^\d/.test(terms[y.last + 2]?.word ?? '') && !/^\d/.test(terms[y.last + 3]?.word ?? '');
  if (cues.partVerbs.has(verb.word) && !inAct) return finding('belongs:part-verb', passive ? belongs(y, x) : belongs(x, y));
  if (cues.wholeVerbs.has(verb.word) && isWhole(x)) return finding('belongs:whole-verb', passive ? belongs(x, y) : belongs(y, x));
  return undefined;
};

/** "China, Russia and Kazakhstan are members of the SCO": the members among themselves. */
const memberList: Rule = ({ terms, cues, x, y, covered }, { between, xEnd }) => {
  // "India and Pakistan take part in a military exercise": taking part in an act is not membership (coordination.ts reads the act).
  // The member noun stands in the list's own predicate ("… are members of"), not somewhere later in another clause.
  const memberAt = terms.findIndex((term, index) => index > y.last && index <= y.last + MEMBER_REACH && cues.memberNouns.has(term.word) && !(term.word === 'part' && TAKE.has(terms[index - 1]?.word ?? '')));
  if (!bothStates(x, y) || memberAt < 0 || terms.slice(y.last + 1, memberAt).some((term) => SUBORDINATORS.has(term.word))) return undefined;
  const listed = between.every((term, offset) => covered.has(x.last + 1 + offset) || LIST_WORDS.has(term.word)) && (between.length > 0 || xEnd.after === ',');
  return listed ? finding('none:member-list', { type: 'none' }) : undefined;
};

/** "… were granted associate member status by the ICC", "Kazakhstan became a member of the SCO", "the SCO's members include India". */
const memberNoun: Rule = ({ cues, x, y }, { between }) => {
  const at = between.findIndex((term) => cues.memberNouns.has(term.word));
  if (at < 0) return undefined;
  const ofY = between.slice(at + 1).every((term) => term.word === 'of' || term.word === 'by' || term.word === 'status' || has(term, 'D'));
  if (ofY && x.type !== 'organisation' && y.type === 'organisation') return finding('belongs:member-noun', belongs(x, y));
  // "The State Department imposed visa restrictions on members of the Nicaraguan government": a verb before the member noun acts on the members, not a membership.
  const acted = between.slice(0, at).some((term) => has(term, 'V') && !has(term, 'N') && !has(term, 'K') && !has(term, 'U'));
  // "Both are SCO members, but they have different relationships with China": a new clause after the member noun names no member.
  const newClause = between.slice(at + 1).some((term) => cues.relativeWords.has(term.word));
  if (x.type === 'organisation' && y.type === 'state' && !acted && !newClause) return finding('belongs:member-noun', belongs(y, x));
  return undefined;
};

/** "the participation of Italy in the Minerals Security Partnership", "Kazakhstan's accession to the WTO". */
const membershipOf: Rule = ({ terms, cues, x, y }, { between, xEnd }) => {
  if (y.type !== 'organisation' || x.type === 'organisation') return undefined;
  const linkAt = between.findIndex((term) => ['in', 'to', 'of'].includes(term.word));
  if (linkAt < 0 || !between.slice(linkAt + 1).every((term) => has(term, 'D'))) return undefined;
  const head = between.slice(0, linkAt);
  // "Kazakhstan's accession to the WTO": the member noun after the possessive first actor.
  if (head.length > 0) {
    return isPossessive(xEnd) && head.length <= 2 && cues.memberNouns.has(head.at(-1)!.word) ? finding('belongs:membership-of', belongs(x, y)) : undefined;
  }
  let before = x.first - 1;
  while (before >= 0 && has(terms[before], 'D')) before--;
  return terms[before]?.word === 'of' && cues.memberNouns.has(terms[before - 1]?.word ?? '') ? finding('belongs:membership-of', belongs(x, y)) : undefined;
};

/** Words for the office a member holds in a body ("Indonesia as G20 chair", "South Korea held the G20 presidency"). */
const HOLD_VERBS = new Set(['hold', 'holds', 'held', 'holding', 'assume', 'assumes', 'assumed', 'assuming']);

/** "Indonesia as G20 chair", "the US as a NATO member", "South Korea held the G20 chair": the office or membership after the body names the first actor's place in it. */
const asOffice: Rule = ({ cues, x, y }, { between, afterY }) => {
  if (!isWhole(y) || !afterY || between.length === 0 || between.length > 3) return undefined;
  const [link, ...rest] = between;
  if (!(link!.word === 'as' || HOLD_VERBS.has(link!.word)) || !rest.every((term) => has(term, 'D'))) return undefined;
  const member = cues.memberNouns.has(afterY.word);
  if (!member && !cues.belongsNouns.has(afterY.word)) return undefined;
  if (bothStates(x, y) && !member) return undefined;
  return finding('belongs:as-office', belongs(x, y));
};

const RULES: readonly Rule[] = [possessiveTitle, titleAfterBody, titleOfBodyName, copulaTitle, titleOfComma, apposition, adviserTo, titleOf, appositiveTitle, membershipOf, partOrWholeVerb, memberList, memberNoun, asOffice];

export function structureRules(context: Context): Finding | undefined {
  const { terms, cues, x, y } = context;
  const isTitleWord = (term: ParsedTerm) => cues.belongsNouns.has(term.word) || cues.memberNouns.has(term.word) || cues.titleHeads.has(term.word);
  const view: View = {
    between: terms.slice(x.last + 1, y.first),
    xEnd: terms[x.last]!,
    yEnd: terms[y.last]!,
    afterY: terms[y.last + 1],
    isTitleWord,
    isTitle: (term) => isTitleWord(term) || cues.titleWords.has(term.word) || (has(term, 'A') && !has(term, 'V')) || has(term, 'D'),
  };
  for (const rule of RULES) {
    const found = rule(context, view);
    if (found) return found;
  }
  const bodies = memberIncluding(context, view.between) ?? adjacentOrgan(context, view.between) ?? organOfIs(context, view.between) ??
    copulaPart(context, view.between) ?? createdOrgan(context, view.between) ?? itsOrgan(context, view.between);
  if (bodies) return bodies;
  // "Serbia and North Macedonia are full members of the BSEC": the same rules on the predicate after the joint subjects.
  const rest = afterJointSubjects(context, view.between, view.xEnd);
  if (!rest) return undefined;
  const joint: View = { ...view, between: rest };
  for (const rule of [titleOf, partOrWholeVerb, memberNoun, membershipOf, apposition]) {
    const found = rule(context, joint);
    if (found) return { ...found, rule: `${found.rule}+joint` };
  }
  const found = copulaPart(context, rest) ?? createdOrgan(context, rest);
  return found ? { ...found, rule: `${found.rule}+joint` } : undefined;
}
