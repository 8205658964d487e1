/** Hand-made resolver input and a readable summary of its output, for the resolve tests. */
import type { ActorType } from '../../src/graph-format/index.ts';
import { labelKey, type LocatedMention, type resolveActors } from '../../src/extract/resolve/index.ts';
import { addTo, type Groups } from '../../src/extract/resolve/groups.ts';
import type { CandidateMention } from '../../src/extract/types.ts';

let position = 0;

/** A mention of `label` at the next free place (10 characters after the last one made). */
export function mention(label: string, type: CandidateMention['type'], kind: CandidateMention['kind'], document = 0): LocatedMention {
  position += 10;
  return { document, passage: 0, start: position, end: position + label.length, label, type, kind };
}

/** Each actor as "type:label:mentions", sorted. */
export function summary(actors: ReturnType<typeof resolveActors>): string[] {
  return actors.map((actor) => `${actor.type}:${actor.label}:${actor.mentions.length}`).sort();
}

/** A mention of `label` in `document` at its passage's start, for tests where places do not matter. */
export function mentionAt(label: string, type: ActorType, document: number): LocatedMention {
  return { document, passage: 0, start: 0, end: label.length, label, type, kind: 'named' };
}

/** mentionAt with a kind and, when given, the rule that found it. */
export function mentionOf(label: string, type: ActorType, kind: LocatedMention['kind'] = 'named', document = 0, rule?: string): LocatedMention {
  return { ...mentionAt(label, type, document), kind, ...(rule === undefined ? {} : { rule }) };
}

/** Groups keyed by their label, each with `count` mentions per listed document. */
export function groupsOf(entries: [label: string, type: ActorType, documents: number[], count?: number][]): Groups {
  const groups: Groups = new Map();
  for (const [label, type, documents, count = 1] of entries) {
    for (const document of documents) for (let i = 0; i < count; i++) addTo(groups, labelKey(label), mentionAt(label, type, document), type);
  }
  return groups;
}
