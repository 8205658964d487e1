export { resolveActors, type Actor, type LocatedMention } from './resolve.ts';
export { labelKey } from './keys.ts';
