/**
 * A firm's closing legal-form word, written several ways in the press: "China National Petroleum
 * Company", "… Corp." and "… Corporation" name one firm, so they share one key. Only the last word of a
 * name of at least two words other than the legal form is unified (a firm called just "Company" stays).
 */
const SAME_LEGAL_FORM: Record<string, string> = { company: 'corporation', corporation: 'corporation' };

/** The key with a closing "company" written as "corporation" (keys from labelKey, words space-separated). */
export function unifyLegalForm(key: string): string {
  const words = key.split(' ');
  const last = words[words.length - 1] ?? '';
  const unified = SAME_LEGAL_FORM[last];
  if (unified === undefined || words.length < 3) return key;
  return [...words.slice(0, -1), unified].join(' ');
}
