import type { Db } from '../../../db/client.ts';
import { type RollUp, rollUp } from '../../../engines/sharing/rollup.ts';
import { dayIn } from '../../../vocabulary/dates.ts';
import { type AdoptionStatus, adoptionStatus, isStale } from './case-vocabulary.ts';
import { type CaseWithSource, findCase, listAdoptions, listCaseVersions } from './cases.queries.ts';
import { conventionsOf } from './country.ts';
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
};

/** The currency an adopter counts its benefits in: its own setting, else its country's. */
const currencyOf = (adopter: { currency: string | null; country: string }) =>
  adopter.currency ?? conventionsOf(adopter.country).currency;

/** A case's page, or undefined when there is no such case. */
export async function loadCasePage(
  db: Db,
  caseId: string,
  now: Date,
): Promise<CasePage | undefined> {
  const found = await findCase(db, caseId);
  if (!found) return undefined;
  const [versions, adoptions] = await Promise.all([
    listCaseVersions(db, caseId),
    listAdoptions(db, caseId),
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
        currency: currencyOf(a),
        adoptedOn: dayIn(a.adoptedAt, 'UTC'),
        benefits: byInitiative.get(a.initiativeId) ?? [],
      })),
      today,
    ),
  };
}
