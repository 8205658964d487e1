/** Hand-made resolver input and a readable summary of its output, for the resolve tests. */
import type { LocatedMention, resolveActors } from '../../src/extract/resolve/index.ts';
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
