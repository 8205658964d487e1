/**
 * Organs of a body are named in full and short in one text: "the United Nations General
 * Assembly" … "the General Assembly"; "the Court of Justice of the European Union" … "the
 * Court of Justice". And a department is written in two word orders: "Department of State",
 * "State Department". Each such pair is one actor.
 */
import type { LexiconIndex } from '../recognise/index.ts';
import { labelKey } from './keys.ts';
import { groupLabel, groupType, mergeGroup, moveMentions, type Group, type Groups } from './groups.ts';

/** Why a group joined another here: returned, and kept on the joined-into group (`Group.joinReasons`) for anyone debugging a merge. */
export type OrganJoinReason = 'organ-tail-of-parent' | 'department-word-order';

export interface OrganJoin {
  reason: OrganJoinReason;
  from: string;
  into: string;
}

const isBody = (group: Group | undefined): boolean => {
  const type = group === undefined ? undefined : groupType(group);
  return type === 'organisation' || type === 'firm';
};

/** A body the lexicon knows (not a state: bodies of a state are state-bodies.ts's business) or one the corpus names. */
function isKnownBody(key: string, groups: Groups, lexicon: LexiconIndex): boolean {
  const words = key.split(' ');
  const hit = lexicon.phrases.get(key) ?? (words.length === 1 ? lexicon.phrases.get(`=${key.toUpperCase()}`) : undefined);
  if (hit?.kind === 'actor') return hit.type === 'organisation' || hit.type === 'firm';
  return isBody(groups.get(key));
}

/**
 * Connectors after which a longer name's head may stand alone for it. Not "for": "International Military Tribunal"
 * and "International Military Tribunal for the Far East" are two courts.
 */
const HEAD_CONNECTORS = new Set(['of', 'on']);

const isHeadOf = (organ: string, longer: string): boolean => [...HEAD_CONNECTORS].some((connector) => longer.startsWith(`${organ} ${connector} `));

/** The parent's key when `longer` is "<Parent> <organ>" or "<organ> of (the) <Parent>" with Parent a known body. */
function parentOf(organ: string, longer: string, groups: Groups, lexicon: LexiconIndex): string | undefined {
  let parent: string | undefined;
  if (longer.endsWith(` ${organ}`)) parent = longer.slice(0, -organ.length - 1);
  else if (longer.startsWith(`${organ} of `)) parent = longer.slice(organ.length + 4).replace(/^the /, '');
  return parent !== undefined && parent !== '' && isKnownBody(parent, groups, lexicon) ? parent : undefined;
}

/**
 * In a document, a body's name of two or more words ("General Assembly") that is the tail of
 * exactly one longer body name there ("United Nations General Assembly", the parent a known
 * body) or its head ("Court of Justice" of "Court of Justice of the European Union") is that
 * body there: its mentions in that document join the longer name. In a document without a
 * longer name, it joins the one longer name of the corpus whose parent that document names ("the
 * UN … the General Assembly"). Two candidates in one document ("United Nations Executive Board",
 * "World Bank Executive Board") leave it apart there, and so does a document with none:
 * "Executive Council" is an organ of many bodies. A name that already opens with a known body
 * ("United Nations Office") is no short form, nor is one word. In its own document a name is also the head of one
 * longer name before "of"/"on" whatever follows ("Customs Union" of "Customs Union of Belarus, …").
 */
export function mergeOrganTails(groups: Groups, lexicon: LexiconIndex): OrganJoin[] {
  const bodies = [...groups.values()].filter((group) => isBody(group));
  // Every longer name of each short name across the corpus, with its parent's group (if the corpus names the parent).
  // Indexed by every tail and every head before " of " of each name, so the cost grows with the words, not with pairs.
  const byPart = new Map<string, Group[]>();
  for (const group of bodies) {
    const words = group.key.split(' ');
    for (let from = 1; from < words.length; from++) {
      const tail = words.slice(from).join(' ');
      const head = HEAD_CONNECTORS.has(words[from] ?? '') ? words.slice(0, from).join(' ') : undefined;
      for (const part of head === undefined ? [tail] : [tail, head]) {
        const list = byPart.get(part) ?? [];
        list.push(group);
        byPart.set(part, list);
      }
    }
  }
  const longerNames = new Map<Group, { group: Group; parent: Group | undefined }[]>();
  for (const organ of bodies) {
    if (!organ.key.includes(' ') || opensWithKnownBody(organ.key, groups, lexicon)) continue;
    const list: { group: Group; parent: Group | undefined }[] = [];
    for (const other of byPart.get(organ.key) ?? []) {
      const parent = other === organ ? undefined : parentOf(organ.key, other.key, groups, lexicon);
      if (parent !== undefined) list.push({ group: other, parent: parentGroup(parent, groups, lexicon) });
      // "Customs Union" … "Customs Union of Belarus, Kazakhstan and Russia", "Preparatory Committee" … "Preparatory
      // Committee on the Establishment of …": the head of a longer name in the same document, whatever follows it.
      else if (other !== organ && isHeadOf(organ.key, other.key)) list.push({ group: other, parent: undefined });
    }
    if (list.length > 0) longerNames.set(organ, list);
  }
  const decisions: { from: Group; into: Group; documents: Set<number> }[] = [];
  for (const [organ, candidates] of longerNames) {
    const documentsByTarget = new Map<Group, Set<number>>();
    for (const document of organ.documents.keys()) {
      const longer = candidates.filter((candidate) => candidate.group.documents.has(document));
      // No longer name here: the document names the parent itself ("the UN … the General Assembly").
      const byParent = longer.length > 0 ? [] : candidates.filter((candidate) => candidate.parent?.documents.has(document) === true);
      const chosen = longer.length > 0 ? longer : byParent;
      const into = chosen[0]?.group;
      if (chosen.length !== 1 || !into) continue;
      documentsByTarget.set(into, (documentsByTarget.get(into) ?? new Set<number>()).add(document));
    }
    for (const [into, documents] of documentsByTarget) decisions.push({ from: organ, into, documents });
  }
  const joins: OrganJoin[] = [];
  // Decided on the groups as they stood, applied after, so the order of groups never matters.
  for (const { from, into, documents } of decisions) {
    if (!groups.has(from.key) || !groups.has(into.key)) continue;
    const join = { reason: 'organ-tail-of-parent' as const, from: groupLabel(from) ?? from.key, into: groupLabel(into) ?? into.key };
    // The full name labels what joins: "General Assembly" is said more often but names less.
    if (!moveMentions(groups, from, into, (mention) => documents.has(mention.document), groupLabel(into))) continue;
    into.joinReasons = [...(into.joinReasons ?? []), `${join.reason}: ${join.from} (${documents.size} document(s))`];
    joins.push(join);
  }
  return joins;
}

/** The group of a parent body's key: the corpus's own, else the one under the lexicon's name for it ("un" → "united nations"). */
function parentGroup(key: string, groups: Groups, lexicon: LexiconIndex): Group | undefined {
  const hit = lexicon.phrases.get(key) ?? (key.includes(' ') ? undefined : lexicon.phrases.get(`=${key.toUpperCase()}`));
  return groups.get(key) ?? (hit?.kind === 'actor' ? groups.get(labelKey(hit.label)) : undefined);
}

/** "United Nations Office": the name already says whose it is. */
function opensWithKnownBody(key: string, groups: Groups, lexicon: LexiconIndex): boolean {
  const words = key.split(' ');
  for (let end = 1; end < words.length; end++) if (isKnownBody(words.slice(0, end).join(' '), groups, lexicon)) return true;
  return false;
}

function recordJoin(reason: OrganJoinReason, from: Group, into: Group): OrganJoin {
  const join = { reason, from: groupLabel(from) ?? from.key, into: groupLabel(into) ?? into.key };
  into.joinReasons = [...(into.joinReasons ?? []), ...(from.joinReasons ?? []), `${reason}: ${join.from}`];
  return join;
}

/** "state department" → "department of state"; "treasury department" → "department of treasury"; else undefined. */
export function departmentOfForm(key: string): string | undefined {
  const match = /^([a-z]+(?: [a-z]+)?) department$/.exec(key);
  return match ? `department of ${match[1]}` : undefined;
}

/**
 * "<X> Department", "Department of <X>" and "Department of the <X>" in one corpus are one body
 * ("State Department", "Department of State"). X is one or two words, so "New York City Police Department" is not
 * read as a "Department of New York City Police". Both must be bodies in the corpus.
 */
export function mergeDepartmentWordOrder(groups: Groups): OrganJoin[] {
  const joins: OrganJoin[] = [];
  // "Department of Treasury" is "Department of the Treasury": the article is dropped, not the body changed.
  for (const group of [...groups.values()]) {
    const withThe = /^department of (?!the )/.test(group.key) ? group.key.replace(/^department of /, 'department of the ') : undefined;
    const into = withThe === undefined ? undefined : groups.get(withThe);
    if (!into || !isBody(group) || !isBody(into) || !groups.has(group.key)) continue;
    joins.push(recordJoin('department-word-order', group, into));
    mergeGroup(groups, group, into);
  }
  for (const group of [...groups.values()]) {
    const form = departmentOfForm(group.key);
    if (form === undefined || !isBody(group) || !groups.has(group.key)) continue;
    const x = form.slice('department of '.length);
    const into = [form, `department of the ${x}`].map((key) => groups.get(key)).find((other) => other !== undefined && isBody(other));
    if (!into) continue;
    joins.push(recordJoin('department-word-order', group, into));
    mergeGroup(groups, group, into);
  }
  return joins;
}
