import type { CandidateMention } from '../../types.ts';
import type { Scan } from '../scan.ts';

const MAX_LISTED_NAME_LENGTH = 30;
const LIST_SEPARATOR = /^(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+|\s*&\s*)$/;

/**
 * "like Huaxin, Sany, Sinopec, China Construction": unconfirmed single words in a list
 * with a firm in it are firms too. A list is mentions joined only by commas and "and".
 */
export function typeUnknownListMembersAsFirms(scan: Scan): void {
  const ordered = [...scan.mentions].sort((a, b) => a.start - b.start);
  let listStart = 0;
  for (let i = 1; i <= ordered.length; i++) {
    const previous = ordered[i - 1] as CandidateMention;
    const current = ordered[i];
    if (current && LIST_SEPARATOR.test(scan.text.slice(previous.end, current.start))) continue;
    const list = ordered.slice(listStart, i);
    if (list.length >= 3 && list.some((mention) => mention.type === 'firm' && mention.kind !== 'surname')) {
      for (const mention of list) {
        if (mention.kind === 'surname' && !mention.label.includes(' ') && mention.label.length <= MAX_LISTED_NAME_LENGTH) {
          mention.kind = 'named';
          mention.type = 'firm';
          mention.rule = 'firm-in-list';
        }
      }
    }
    listStart = i;
  }
}
