export { resolveActors, labelKey, type Actor, type LocatedMention } from './resolve.ts';
