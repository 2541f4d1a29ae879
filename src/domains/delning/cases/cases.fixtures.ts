import type { Db } from '../../../db/client.ts';
import { type CaseContent, caseVersions, sharedCases } from './cases.schema.ts';

/** A case's content with every required field filled. */
export function testCaseContent(overrides: Partial<CaseContent> = {}): CaseContent {
  return {
    title: 'Digital tillsyn på natten',
    summary: 'Kameror i stället för nattliga besök väcker färre och frigör tid.',
    need: 'Nattliga tillsynsbesök väcker de äldre.',
    solution: 'Digital tillsyn med kamera efter samtycke.',
    results: 'Färre väckningar och 30 timmar i veckan frigjorda.',
    lessons: 'Börja med dem som själva vill.',
    contact: 'delning@kommun.example',
    serviceDomain: 'elderly-care',
    licenceUrl: '',
    sourceUrl: '',
    documentsUrl: '',
    procurementUrl: '',
    costModel: 'one-off',
    costNote: '',
    ...overrides,
  };
}

/** Publishes a case directly (bypassing the command), with its first version. */
export async function insertTestCase(
  db: Db,
  row: { municipalityId: string; initiativeId: string; at?: Date } & Partial<CaseContent>,
) {
  const { municipalityId, initiativeId, at = new Date(), ...content } = row;
  const full = testCaseContent(content);
  const [created] = await db
    .insert(sharedCases)
    .values({ ...full, municipalityId, initiativeId, publishedAt: at, updatedAt: at })
    .returning();
  if (!created) throw new Error('case insert returned no row');
  await db
    .insert(caseVersions)
    .values({ caseId: created.id, version: 1, content: full, changedAt: at });
  return created;
}
