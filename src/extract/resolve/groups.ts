/** Mentions gathered under one key, with the votes that decide the actor's type and label. */
import type { ActorType } from '../../graph-format/index.ts';
import type { CandidateMention } from '../types.ts';

export interface LocatedMention extends CandidateMention {
  document: number;
}

export interface Group {
  key: string;
  mentions: LocatedMention[];
  typeVotes: Map<ActorType, number>;
  labelVotes: Map<string, number>;
  lexiconLabel?: string;
  lexiconType?: ActorType;
  documents: Map<number, number>;
  /** Why other groups joined this one by a rule that is not a shared key ("organ-tail-of-parent: General Assembly"). */
  joinReasons?: string[];
}

export type Groups = Map<string, Group>;

const TYPE_ORDER: ActorType[] = ['state', 'organisation', 'firm', 'person'];

export function addTo(groups: Groups, key: string, mention: LocatedMention, type: ActorType | undefined, label?: string, fromLexicon = false): void {
  let group = groups.get(key);
  if (!group) {
    group = { key, mentions: [], typeVotes: new Map(), labelVotes: new Map(), documents: new Map() };
    groups.set(key, group);
  }
  group.mentions.push(mention);
  group.documents.set(mention.document, (group.documents.get(mention.document) ?? 0) + 1);
  if (type) group.typeVotes.set(type, (group.typeVotes.get(type) ?? 0) + 1);
  if (fromLexicon) {
    group.lexiconLabel = mention.label;
    group.lexiconType = mention.type;
  } else if (type) {
    const written = label ?? mention.label;
    group.labelVotes.set(written, (group.labelVotes.get(written) ?? 0) + 1);
  }
}

/** Moves everything of `from` into `into` and forgets `from`. */
export function mergeGroup(groups: Groups, from: Group, into: Group): void {
  if (from === into) return;
  into.mentions.push(...from.mentions);
  for (const [document, count] of from.documents) into.documents.set(document, (into.documents.get(document) ?? 0) + count);
  for (const [type, count] of from.typeVotes) into.typeVotes.set(type, (into.typeVotes.get(type) ?? 0) + count);
  for (const [label, count] of from.labelVotes) into.labelVotes.set(label, (into.labelVotes.get(label) ?? 0) + count);
  if (into.lexiconLabel === undefined && from.lexiconLabel !== undefined) {
    into.lexiconLabel = from.lexiconLabel;
    if (from.lexiconType) into.lexiconType = from.lexiconType;
  }
  groups.delete(from.key);
}

export function groupType(group: Group): ActorType | undefined {
  return group.lexiconType ?? majority(group.typeVotes);
}

/**
 * The lexicon's name, else the most frequent spelling. `preference` ranks spellings before
 * their counts do (for people: a full name that starts with a given name beats "Treasury Janet Yellen").
 */
export function groupLabel(group: Group, preference?: (label: string) => number): string | undefined {
  if (group.lexiconLabel !== undefined) return group.lexiconLabel;
  if (!preference) return majorityLabel(group.labelVotes);
  return [...group.labelVotes.entries()]
    .map(([label, votes]) => ({ label, votes, rank: preference(label) }))
    .sort((a, b) => b.rank - a.rank || b.votes - a.votes || b.label.length - a.label.length || (a.label < b.label ? -1 : 1))[0]?.label;
}

function majority(votes: Map<ActorType, number>): ActorType | undefined {
  let best: ActorType | undefined;
  let bestCount = 0;
  for (const type of TYPE_ORDER) {
    const count = votes.get(type) ?? 0;
    if (count > bestCount) {
      best = type;
      bestCount = count;
    }
  }
  return best;
}

function majorityLabel(votes: Map<string, number>): string | undefined {
  return [...votes.entries()].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length || (a[0] < b[0] ? -1 : 1))[0]?.[0];
}
