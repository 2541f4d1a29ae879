import type { DecisionContent } from '../../../engines/decisions/index.ts';

/** Which body recorded a demo decision in its minutes. */
type Body = 'council' | 'committee';

/** The demo decisions: who decides each, and its number in that body's minutes of the day. */
const demoDecisions: Record<string, { body: Body; item: number; caseNumber: number }> = {
  story: { body: 'council', item: 12, caseNumber: 412 },
  goals: { body: 'council', item: 31, caseNumber: 518 },
  override: { body: 'committee', item: 58, caseNumber: 123 },
};

/**
 * Where a demo decision stands in the minutes, as a Swedish or Norwegian municipality writes it:
 * in Sweden a paragraph (§ 12) and a diarienummer of the case prepared by the executive board
 * (KS 2025/412); in Norway a political case number in the meeting (PS 12/25) and the archive's
 * saksnummer (25/00412). The minutes are on the demo municipality's `.example` site, so a link
 * never points at a real municipality. Decisions without an entry get no references.
 */
export function demoMinutes(
  target: { slug: string; lang: 0 | 1; variant: number },
  key: string,
  date: string,
): Pick<DecisionContent, 'paragraph' | 'registrationNumber' | 'protocolUrl'> {
  const d = demoDecisions[key];
  if (!d) return {};
  const year = date.slice(0, 4);
  const yy = year.slice(2);
  const item = d.item + 3 * target.variant;
  const caseNumber = d.caseNumber + 17 * target.variant;
  if (target.lang === 1) {
    const body = d.body === 'council' ? 'kommunestyret' : 'utvalg-for-helse-og-omsorg';
    return {
      paragraph: `PS ${item}/${yy}`,
      registrationNumber: `${yy}/${String(caseNumber).padStart(5, '0')}`,
      protocolUrl: `https://${target.slug}.example/politikk/protokoller/${body}-${date}.pdf`,
    };
  }
  const body = d.body === 'council' ? 'kf' : 'son';
  return {
    paragraph: `§ ${item}`,
    registrationNumber: `KS ${year}/${caseNumber}`,
    protocolUrl: `https://${target.slug}.example/protokoll/${body}-${date}.pdf`,
  };
}
