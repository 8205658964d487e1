/**
 * Banks and funds that states or groups of states own for policy, not profit, are organisations
 * (issue 12, types; tests/fixtures/fresh/README.md and the real parts: "Asian Development Bank",
 * "Export-Import Bank of the United States", "Central Bank of Russia", "International Monetary Fund").
 * A "Bank" whose name has a policy word (lexicon/policy-body-words.json: export, reconstruction, central …,
 * or the name of an organisation: "Shanghai Cooperation Organisation Bank") and a "Fund" with no firm
 * word before it ("Silk Road Fund", not "Russia Direct Investment Fund") are typed as organisations,
 * whatever a cue word or a lexicon entry proposed. Commercial banks ("VTB Bank") stay firms; development banks
 * keep the earlier rule (recognise-run.ts: of a region or group of states an organisation, of one state a firm).
 */
import type { Scan } from '../scan.ts';
import { phraseKey } from '../lexicon-index.ts';
import words from '../../lexicon/policy-body-words.json' with { type: 'json' };

const POLICY_BANK_WORDS: ReadonlySet<string> = new Set(words.policyBankWords);

/** True when a body's name (its label) names a policy bank or fund. */
export function isPolicyBankOrFund(label: string, firmCues: ReadonlySet<string>): boolean {
  const keys = phraseKey(label).split(' ');
  if (keys.includes('bank')) return keys.some((key) => POLICY_BANK_WORDS.has(key));
  const fund = keys.lastIndexOf('fund');
  if (fund !== keys.length - 1 || fund < 1) return false;
  return keys.slice(0, fund).every((key) => !firmCues.has(key));
}

export function typePolicyBanks(scan: Scan): void {
  for (const mention of scan.mentions) {
    if (mention.type !== 'firm') continue;
    const written = scan.text.slice(mention.start, mention.end);
    if (isPolicyBankOrFund(mention.label, scan.context.lexicon.firmCues) || isPolicyBankOrFund(written, scan.context.lexicon.firmCues)) {
      mention.type = 'organisation';
    }
  }
}
