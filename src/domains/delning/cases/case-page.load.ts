import type { Context } from 'hono';
import type { Db } from '../../../db/client.ts';
import { type RollUp, rollUp } from '../../../engines/sharing/rollup.ts';
import { dayIn } from '../../../vocabulary/dates.ts';
import type { AppEnv } from '../../../web/env.ts';
import { conventionsOf } from '../../../web/i18n/index.ts';
import { readModel } from '../../../web/read-model.ts';
import { type CaseSoftware, findCaseSoftware } from '../catalogue/software.queries.ts';
import { type AdoptionStatus, adoptionStatus, isStale } from './case-vocabulary.ts';
import { type CaseWithSource, findCase, listAdoptions, listCaseVersions } from './cases.queries.ts';
import { type BenefitWithLatest, benefitsWithLatest } from './initiative-source.queries.ts';
import {
  SIMILAR_ON_CASE_PAGE,
  type SimilarCase,
  similarCases,
  similarityText,
} from './similar-cases.queries.ts';

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
        currency: currencyOf(a),
        adoptedOn: dayIn(a.adoptedAt, 'UTC'),
        benefits: byInitiative.get(a.initiativeId) ?? [],
      })),
      today,
    ),
  };
}

/** A case's page with the published cases most like it. */
export type CasePageModel = CasePage & { similar: SimilarCase[] };

/**
 * A case's page and its similar cases, or null when there is no such case: a read model
 * (decision record 0011), so the page and its API answer ask the database nothing until a case,
 * an initiative or a measurement changes, or a minute has passed (the stale mark and the
 * roll-up's "today" are at most that old). It holds public data only.
 */
export function casePageModel(c: Context<AppEnv>, caseId: string): Promise<CasePageModel | null> {
  const now = c.get('ctx').now();
  return readModel(c, `cases:case:${caseId}`, async (db) => {
    const page = await loadCasePage(db, caseId, now);
    if (!page) return null;
    const shared = page.found.case;
    const similar = await similarCases(
      db,
      { text: similarityText(shared), initiativeId: shared.initiativeId },
      SIMILAR_ON_CASE_PAGE,
    );
    return Object.freeze({ ...page, similar });
  });
}
