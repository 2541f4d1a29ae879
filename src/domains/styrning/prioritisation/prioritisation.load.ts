import type { Db } from '../../../db/client.ts';
import { CRITERIA } from '../../../engines/prioritisation/index.ts';
import { parseTypedNumber } from '../../../web/forms.ts';
import type { Translator } from '../../../web/i18n/index.ts';
import { listDepartments } from '../../tenancy/tenancy.queries.ts';
import { steeringSettingsOf } from '../steering/steering.queries.ts';
import type { SelectionRecord } from './commands/select.ts';
import { MAX_YEAR, MIN_YEAR } from './prioritisation.inputs.ts';
import { portfolioData } from './prioritisation.queries.ts';
import { DEFAULT_WEIGHTS } from './problem.ts';
import { criterionLabel } from './views/texts.ts';

/** What every prioritisation page shows about the municipality's portfolio. */
export async function loadPortfolioContext(
  db: Db,
  t: Translator,
  m: { id: string; country: string },
) {
  const [data, departments, settings] = await Promise.all([
    portfolioData(db, m.id),
    listDepartments(db, m.id),
    steeringSettingsOf(db, m, DEFAULT_WEIGHTS),
  ]);
  const departmentNames = new Map(departments.map((d) => [d.id, d.name]));
  // Initiatives, departments and criteria by id, so reasons and refusals can name them.
  const names = new Map<string, string>([
    ...CRITERIA.map((c) => [c, criterionLabel(t, c)] as const),
    ...departmentNames,
    ...data.initiatives.map((x) => [x.id, x.title] as const),
  ]);
  return {
    data,
    departments: departments.map((d) => ({ id: d.id, name: d.name })),
    departmentNames,
    departmentOf: new Map(data.initiatives.map((x) => [x.id, x.departmentId])),
    names,
    settings,
  };
}

/** A saved scenario's result, checked to be what this version of the code writes. */
export function recordOf(result: Record<string, unknown>): SelectionRecord | null {
  const r = result as Partial<SelectionRecord>;
  return r.version === 1 && r.selection && r.problem ? (r as SelectionRecord) : null;
}

/**
 * The budget year whose candidates the scenarios page shows: the one asked for (`?year=`), else
 * the one of a form being shown again, else next year. Anything that is not a whole year from
 * MIN_YEAR to MAX_YEAR is passed over.
 */
export function candidateYear(candidates: (string | undefined)[], nextYear: number): number {
  for (const raw of candidates) {
    const n = parseTypedNumber(raw);
    if (n !== null && Number.isInteger(n) && n >= MIN_YEAR && n <= MAX_YEAR) return n;
  }
  return nextYear;
}
