/**
 * passes/policy-banks.ts: a "Bank" with a policy word in its name and a "Fund" with no firm word before it are
 * organisations (the file's comment and lexicon/policy-body-words.json); expected values worked out from that rule
 * and the real lexicon's firm cue words. Written for the 2026-12-07 mutation survivors.
 */
import { describe, expect, it } from 'vitest';
import { isPolicyBankOrFund, typePolicyBanks } from '../../src/extract/recognise/passes/policy-banks.ts';
import { mention, scanOf, shown } from '../helpers/recognise-scan.ts';

const firmCues = scanOf('x').context.lexicon.firmCues;

describe('isPolicyBankOrFund', () => {
  it('a bank with a policy word, not a commercial or development bank (those keep the earlier rule)', () => {
    expect(isPolicyBankOrFund('Asian Development Bank', firmCues)).toBe(false);
    expect(isPolicyBankOrFund('Zorbu Reconstruction Bank', firmCues)).toBe(true);
    expect(isPolicyBankOrFund('Central Bank of Russia', firmCues)).toBe(true);
    expect(isPolicyBankOrFund('VTB Bank', firmCues)).toBe(false);
  });
  it('a fund named by words before it, none of them a firm word, and nothing after it', () => {
    expect(isPolicyBankOrFund('Silk Road Fund', firmCues)).toBe(true);
    expect(isPolicyBankOrFund('Road Fund', firmCues)).toBe(true);
    expect(isPolicyBankOrFund('Fund', firmCues)).toBe(false);
    expect(isPolicyBankOrFund('Fund of Zorbu', firmCues)).toBe(false);
    expect(isPolicyBankOrFund('Zorbu Fund Zorbu', firmCues)).toBe(false);
    expect(isPolicyBankOrFund('Zorbu Holding Fund', firmCues)).toBe(false);
  });
});

describe('typePolicyBanks', () => {
  it('retypes firms only, by their label or by what is written', () => {
    const scan = scanOf('The Silk Road Fund, VTB Bank, the Zorbu Fund, the Holding Co and the Central Bank of Zorbu met.');
    const fund = { ...mention(scan, 'Zorbu Fund', 'firm'), label: 'Zorbu Holding' };
    const byLabel = { ...mention(scan, 'Holding Co', 'firm'), label: 'Zorbu Fund' };
    const written = { ...mention(scan, 'Central Bank of Zorbu', 'firm'), label: 'Zorbu Holding' };
    scan.mentions.push(mention(scan, 'Silk Road Fund', 'firm'), mention(scan, 'VTB Bank', 'firm'), fund, byLabel, written);
    typePolicyBanks(scan);
    expect(shown(scan)).toEqual(['Silk Road Fund=organisation/named/test', 'VTB Bank=firm/named/test', 'Zorbu Fund=organisation/named/test',
      'Holding Co=organisation/named/test', 'Central Bank of Zorbu=organisation/named/test']);
    const person = scanOf('Silk Road Fund');
    person.mentions.push(mention(person, 'Silk Road Fund', 'person'));
    typePolicyBanks(person);
    expect(shown(person)).toEqual(['Silk Road Fund=person/named/test']);
  });
});
