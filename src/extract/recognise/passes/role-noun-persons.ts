/**
 * A name right after a lower-case noun for what a person does ("Israeli diplomat Dore Gold", "American legal scholar
 * Alan Dershowitz", "Australian politician Mark Dreyfus") is a person's, whatever cue word it holds ("Gold" is an
 * industry word of firms): the noun stands as the name's title (issue 12, class 12). A body or firm of two or three
 * capitalised words so typed by a cue is retyped person (rule `role-noun-person`) when its first word could open a
 * person's name (no English word, or a known given name) and no word is a body's cue. Role nouns are data:
 * kind-words.json `personRoleNouns`.
 */
import kinds from '../../lexicon/kind-words.json' with { type: 'json' };
import { isEnglishWord } from '../english-words.ts';
import type { Scan } from '../scan.ts';
import { isFirstName } from '../word-classes.ts';

const ROLE_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}-])(?:${kinds.personRoleNouns.join('|')})\s+$`, 'u');

export function typeRoleNounPersons(scan: Scan): void {
  scan.mentions = scan.mentions.map((mention) => {
    if ((mention.type !== 'firm' && mention.type !== 'organisation') || mention.kind !== 'named') return mention;
    const words = mention.label.split(/\s+/);
    if (words.length < 2 || words.length > 3 || !words.every((word) => /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(word))) return mention;
    const first = (words[0] as string).toLowerCase();
    if (!isFirstName(first) && isEnglishWord(first)) return mention;
    if (words.some((word) => scan.context.lexicon.organisationCues.has(word.toLowerCase()))) return mention;
    if (!ROLE_BEFORE.test(scan.text.slice(Math.max(0, mention.start - 40), mention.start))) return mention;
    return { ...mention, type: 'person', rule: 'role-noun-person' };
  });
}
