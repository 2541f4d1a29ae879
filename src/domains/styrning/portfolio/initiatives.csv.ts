import { toCsv } from '../../../lib/csv.ts';
import type { InitiativeListItem } from './portfolio.queries.ts';

/** The initiatives list as CSV, one initiative a row (stage as its code, flags as true/false). */
export function initiativesCsv(items: readonly InitiativeListItem[]): string {
  return toCsv(
    [
      'id',
      'title',
      'stage',
      'department_id',
      'department',
      'public',
      'mandatory',
      'owner',
      'starts_on',
      'ends_on',
    ],
    items.map((i) => [
      i.id,
      i.title,
      i.stage,
      i.departmentId,
      i.departmentName,
      i.isPublic,
      i.mandatory,
      i.ownerName,
      i.startsOn,
      i.endsOn,
    ]),
  );
}
