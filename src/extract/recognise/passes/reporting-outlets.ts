/**
 * News outlets named only as the source of a report (issue 12, recall on unseen text). Agencies and news sites are
 * cited in a fixed way that says what they are even when their name is one unknown word or a web address:
 * - a lone name, then "reports"/"reported" closing a clause or opening its report: "…, Trend reports.", "C114 reports
 *   that …", "turkmenistan.ru reported.";
 * - a web address written as a name: "a turkmen.news source", "(Ia-centr.ru, February 4)", "according to
 *   kaktus.media".
 * The name becomes an organisation (rule `reporting-outlet`) when no other rule gave it a confirmed reading. A person
 * who "reports" is mostly written with a full name, so a lone word is taken for the outlet only when it is no known
 * given name or surname and no longer name holds it. Top-level domains are data: role-evidence.json `newsDomains`.
 */
import roles from '../../lexicon/role-evidence.json' with { type: 'json' };
import type { CandidateMention } from '../../types.ts';
import { emitSpan, type Scan } from '../scan.ts';
import { isFirstName, isLastName } from '../word-classes.ts';
import { SENTENCE_STARTERS } from '../rules.ts';

const WEAK_RULES = new Set(['unconfirmed', 'acronym-undefined']);
const NAMELESS_REPORTERS: ReadonlySet<string> = new Set(roles.namelessReporters);
/** What follows a lone outlet's name: "reports." "reported, citing", "reports that". */
const REPORTS_AFTER = /^\s+(?:reports|reported)(?:\s*[.,;]|\s+(?:that|citing|quoting|via)\b)/u;
/** What stands before it: a clause's start, a comma, "according to". */
const CLAUSE_BEFORE = /(?:^|[.!?:;,(]\s*|\baccording to\s+)$/u;
const DOMAIN = new RegExp(String.raw`(?<![\p{L}\p{N}.\/@_-])(\p{L}[\p{L}\p{N}-]*\.(?:${roles.newsDomains.join('|')}))(?![\p{L}\p{N}\/_-]|\.[\p{L}\p{N}])`, 'gu');
/** Around a web address that names an outlet: reporting words after it, or a citation's bracket and date. */
const DOMAIN_AFTER = /^(?:\s+(?:reports|reported|says|said|writes|wrote|source|sources|quoted|quotes|cited|cites|notes|noted|website|portal|agency|outlet)\b|\s*,\s*(?:\p{Lu}\p{Ll}+\s+\d|\d))/u;
const DOMAIN_BEFORE = /(?:\baccording to|\breported by|\bcited by|\bquoted by|\btold|\b(?:a|an|the)|\()\s*$/u;

export function recogniseReportingOutlets(scan: Scan): void {
  const outlets: CandidateMention[] = [];
  const replaced = new Set<CandidateMention>();
  // REPORTS_AFTER needs "report" in the text: without it no token can qualify, and the checks below ran on every
  // capitalised word of every passage (~2 % of the per-document step; CPU profile, 2026-12-07).
  const tokens = scan.text.includes('report') ? scan.tokens : [];
  for (const token of tokens) {
    // "As reported, …", "Media reported that …": a function word or a word the document also writes in lower case names no outlet.
    if (!token.capitalised || isFirstName(token.key) || isLastName(token.key) || SENTENCE_STARTERS.has(token.key) || NAMELESS_REPORTERS.has(token.key) ||
      scan.context.lowercaseVocabulary.has(token.text.toLowerCase())) continue;
    if (!REPORTS_AFTER.test(scan.text.slice(token.end, token.end + 30))) continue;
    if (!CLAUSE_BEFORE.test(scan.text.slice(Math.max(0, token.start - 20), token.start))) continue;
    const on = scan.mentions.filter((mention) => mention.start < token.end && mention.end > token.start);
    if (on.some((mention) => !WEAK_RULES.has(mention.rule ?? '') || mention.start !== token.start || mention.end !== token.end)) continue;
    for (const mention of on) replaced.add(mention);
    outlets.push({ passage: scan.passageIndex, start: token.start, end: token.end, kind: 'named', type: 'organisation', rule: 'reporting-outlet', label: token.text });
  }
  for (const match of scan.text.matchAll(DOMAIN)) {
    const start = match.index;
    const end = start + (match[1] ?? '').length;
    if (!DOMAIN_AFTER.test(scan.text.slice(end, end + 30)) && !DOMAIN_BEFORE.test(scan.text.slice(Math.max(0, start - 20), start))) continue;
    const on = scan.mentions.filter((mention) => mention.start < end && mention.end > start);
    if (on.some((mention) => !WEAK_RULES.has(mention.rule ?? ''))) continue;
    for (const mention of on) replaced.add(mention);
    const mentions = scan.mentions;
    scan.mentions = outlets;
    emitSpan(scan, start, end, 'named', 'organisation', 'reporting-outlet', scan.text.slice(start, end));
    scan.mentions = mentions;
  }
  if (outlets.length === 0) return;
  scan.mentions = [...scan.mentions.filter((mention) => !replaced.has(mention)), ...outlets].sort((a, b) => a.start - b.start);
}
