/**
 * Organs of a body are named in full and short in one text: "the United Nations General
 * Assembly" … "the General Assembly"; "the Court of Justice of the European Union" … "the
 * Court of Justice". And a department is written in two word orders: "Department of State",
 * "State Department". Each such pair is one actor.
 */
import type { LexiconIndex } from '../recognise/index.ts';
import { groupLabel, groupType, mergeGroup, type Group, type Groups } from './groups.ts';

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

/** The parent's key when `longer` is "<Parent> <organ>" or "<organ> of (the) <Parent>" with Parent a known body. */
function parentOf(organ: string, longer: string, groups: Groups, lexicon: LexiconIndex): string | undefined {
  let parent: string | undefined;
  if (longer.endsWith(` ${organ}`)) parent = longer.slice(0, -organ.length - 1);
  else if (longer.startsWith(`${organ} of `)) parent = longer.slice(organ.length + 4).replace(/^the /, '');
  return parent !== undefined && parent !== '' && isKnownBody(parent, groups, lexicon) ? parent : undefined;
}

/**
 * A body's name of two or more words ("General Assembly") that is the tail of exactly one
 * longer body name in a document where both appear ("United Nations General Assembly", the
 * parent a known body) joins that longer name. It joins only when every document giving it
 * such a longer name gives it the same one: "Security Council" beside "United Nations Security
 * Council" in one text and beside "African Union Security Council" in another stays apart,
 * and so does a document naming both. A tail of one word ("Assembly") never joins: too common.
 */
export function mergeOrganTails(groups: Groups, lexicon: LexiconIndex): OrganJoin[] {
  const bodies = [...groups.values()].filter((group) => isBody(group));
  // By document: the bodies named there, so each short name is compared only with its neighbours.
  const byDocument = new Map<number, Group[]>();
  for (const group of bodies) for (const document of group.documents.keys()) {
    const list = byDocument.get(document) ?? [];
    list.push(group);
    byDocument.set(document, list);
  }
  const decisions: { from: Group; into: Group }[] = [];
  for (const organ of bodies) {
    if (!organ.key.includes(' ')) continue;
    const targets = new Set<Group>();
    let ambiguous = false;
    for (const document of organ.documents.keys()) {
      const longer = (byDocument.get(document) ?? []).filter((other) => other !== organ && parentOf(organ.key, other.key, groups, lexicon) !== undefined);
      if (longer.length > 1) ambiguous = true;
      for (const group of longer) targets.add(group);
    }
    const [into] = targets;
    if (!ambiguous && targets.size === 1 && into) decisions.push({ from: organ, into });
  }
  const joins: OrganJoin[] = [];
  // Decided on the groups as they stood, applied after, so the order of groups never matters.
  // A chain ("Council" of "Security Council" of …) is not followed: each joins only its own target if still there.
  for (const { from, into } of decisions) {
    if (!groups.has(from.key) || !groups.has(into.key)) continue;
    joins.push(recordJoin('organ-tail-of-parent', from, into));
    // The full name labels the actor: "General Assembly" is said more often but names less.
    const fullLabel = groupLabel(into);
    if (fullLabel !== undefined) from.labelVotes = new Map([[fullLabel, [...from.labelVotes.values()].reduce((sum, votes) => sum + votes, 0)]]);
    mergeGroup(groups, from, into);
  }
  return joins;
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
