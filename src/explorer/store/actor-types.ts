import type { ActorType } from '../../graph-format/index.ts';

/**
 * The contract's actor types, in its order. A plain copy so that the page's bundle does not
 * pull in the schema library (validation runs in a worker); the compile-time check below
 * fails if the contract gains or loses a type, and a unit test compares the order.
 */
export const ACTOR_TYPES = ['state', 'organisation', 'firm', 'person'] as const satisfies readonly ActorType[];

type MissingTypes = Exclude<ActorType, (typeof ACTOR_TYPES)[number]>;
export const ACTOR_TYPES_COMPLETE: [MissingTypes] extends [never] ? true : never = true;
