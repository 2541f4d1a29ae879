import type { Db } from '../../../db/client.ts';
import { type RollUp, rollUp } from '../../../engines/sharing/rollup.ts';
import { dayIn } from '../../../vocabulary/dates.ts';
import { type CaseSoftware, findCaseSoftware } from '../catalogue/software.queries.ts';
import { type AdoptionStatus, adoptionStatus, isStale } from './case-vocabulary.ts';
import { type CaseWithSource, findCase, listAdoptions, listCaseVersions } from './cases.queries.ts';
import { type BenefitWithLatest, benefitsWithLatest } from './initiative-source.queries.ts';

export type CaseAdopter = {
  municipalityId: string;
  municipalityName: string;
  initiativeId: string;
  mode: string;
  adoptedAt: Date;
  /** Null when the adopter's initiative is not public: then nothing of it is shown. */
  status: AdoptionStatus | null;
};

/** Everything a case's page shows, of public data only. */
export type CasePage = {
  found: CaseWithSource;
  stale: boolean;
  /** The publishing initiative's benefits; empty when the initiative is not public. */
  benefits: BenefitWithLatest[];
  versions: { version: number; changedAt: Date }[];
  adopters: CaseAdopter[];
  rollUp: RollUp;
  /** What the case's publiccode.yml says of its software, when staff have read it. */
  software: CaseSoftware | undefined;
};

const currencyOf = (country: string) => (country === 'NO' ? 'NOK' : 'SEK');

/** A case's page, or undefined when there is no such case. */
export async function loadCasePage(
  db: Db,
  caseId: string,
  now: Date,
): Promise<CasePage | undefined> {
  const found = await findCase(db, caseId);
  if (!found) return undefined;
  const [versions, adoptions, software] = await Promise.all([
    listCaseVersions(db, caseId),
    listAdoptions(db, caseId),
    findCaseSoftware(db, caseId),
  ]);
  // Only public initiatives: the publisher's, and those adopters keep public.
  const publicAdoptions = adoptions.filter((a) => a.initiativePublic);
  const shownIds = [
    ...(found.initiativePublic ? [found.case.initiativeId] : []),
    ...publicAdoptions.map((a) => a.initiativeId),
  ];
  const benefits = await benefitsWithLatest(db, shownIds);
  const byInitiative = new Map<string, BenefitWithLatest[]>();
  for (const b of benefits) {
    byInitiative.set(b.initiativeId, [...(byInitiative.get(b.initiativeId) ?? []), b]);
  }
  const today = dayIn(now, 'UTC');
  return {
    found,
    stale: found.case.status === 'published' && isStale(found.case.updatedAt, now),
    benefits: found.initiativePublic ? (byInitiative.get(found.case.initiativeId) ?? []) : [],
    versions,
    software,
    adopters: adoptions.map((a) => ({
      municipalityId: a.municipalityId,
      municipalityName: a.municipalityName,
      initiativeId: a.initiativeId,
      mode: a.mode,
      adoptedAt: a.adoptedAt,
      status: a.initiativePublic ? adoptionStatus(a.stage) : null,
    })),
    rollUp: rollUp(
      publicAdoptions.map((a) => ({
        currency: currencyOf(a.country),
        adoptedOn: dayIn(a.adoptedAt, 'UTC'),
        benefits: byInitiative.get(a.initiativeId) ?? [],
      })),
      today,
    ),
  };
}
