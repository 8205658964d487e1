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
  /** The votes each mention cast when added (not lexicon ones), so a mention can move to another group with them. */
  votesOf?: Map<LocatedMention, { type: ActorType; label: string }>;
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
    (group.votesOf ??= new Map()).set(mention, { type, label: written });
  }
}

/**
 * Moves the mentions of `from` that `moves` picks into `into`, with their votes (each label vote
 * cast as `label` when given); when all move, merges `from` into `into`. A group holding a
 * lexicon mention moves only whole (its name is the lexicon's, not its mentions'). True if any moved.
 */
export function moveMentions(groups: Groups, from: Group, into: Group, moves: (mention: LocatedMention) => boolean, label?: string): boolean {
  if (from === into) return false;
  const moving = from.mentions.filter(moves);
  if (moving.length === 0) return false;
  if (moving.length === from.mentions.length) {
    if (label !== undefined) from.labelVotes = new Map([[label, [...from.labelVotes.values()].reduce((sum, votes) => sum + votes, 0)]]);
    mergeGroup(groups, from, into);
    return true;
  }
  if (from.lexiconLabel !== undefined) return false;
  const decrement = <K>(votes: Map<K, number>, key: K): void => {
    const left = (votes.get(key) ?? 0) - 1;
    if (left > 0) votes.set(key, left);
    else votes.delete(key);
  };
  from.mentions = from.mentions.filter((mention) => !moves(mention));
  for (const mention of moving) {
    into.mentions.push(mention);
    decrement(from.documents, mention.document);
    into.documents.set(mention.document, (into.documents.get(mention.document) ?? 0) + 1);
    const vote = from.votesOf?.get(mention);
    if (!vote) continue;
    decrement(from.typeVotes, vote.type);
    decrement(from.labelVotes, vote.label);
    from.votesOf?.delete(mention);
    const cast = { type: vote.type, label: label ?? vote.label };
    into.typeVotes.set(cast.type, (into.typeVotes.get(cast.type) ?? 0) + 1);
    into.labelVotes.set(cast.label, (into.labelVotes.get(cast.label) ?? 0) + 1);
    (into.votesOf ??= new Map()).set(mention, cast);
  }
  return true;
}

/** Moves everything of `from` into `into` and forgets `from`. */
export function mergeGroup(groups: Groups, from: Group, into: Group): void {
  if (from === into) return;
  into.mentions.push(...from.mentions);
  for (const [document, count] of from.documents) into.documents.set(document, (into.documents.get(document) ?? 0) + count);
  for (const [type, count] of from.typeVotes) into.typeVotes.set(type, (into.typeVotes.get(type) ?? 0) + count);
  for (const [label, count] of from.labelVotes) into.labelVotes.set(label, (into.labelVotes.get(label) ?? 0) + count);
  if (from.votesOf) for (const [mention, vote] of from.votesOf) (into.votesOf ??= new Map()).set(mention, vote);
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
