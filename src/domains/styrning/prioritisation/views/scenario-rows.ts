import type { Translator } from '../../../../web/i18n/index.ts';
import { allReasons, type SelectionRecord } from '../commands/select.ts';
import { type Names, reasonText } from './texts.ts';

/** One initiative of a scenario as the page lists it. */
export type ScenarioRow = {
  id: string;
  title: string;
  department: string;
  score: number | null;
  cost: number | null;
  mandatory: boolean;
  chosen: boolean;
  reason: string;
};

/**
 * Every initiative the scenario considered (posed to the engine or left out before solving), with
 * its score, cost in the year and reason: chosen first, then by score (highest first), then title.
 */
export function scenarioRows(
  t: Translator,
  record: SelectionRecord,
  names: Names,
  departments: ReadonlyMap<string, string>,
  departmentOf: ReadonlyMap<string, string>,
): ScenarioRow[] {
  const posed = new Map(record.problem.initiatives.map((x) => [x.id, x]));
  const chosen = new Set(record.selection.selected);
  const rows = Object.entries(allReasons(record)).map(([id, reason]) => {
    const x = posed.get(id);
    return {
      id,
      title: names.get(id) ?? t('prioritisation.unknownInitiative'),
      department: departments.get(x?.department ?? departmentOf.get(id) ?? '') ?? '',
      score: record.selection.scores[id]?.score ?? null,
      cost: x?.cost ?? null,
      mandatory: x?.mandatory === true,
      chosen: chosen.has(id),
      reason: reasonText(t, reason, names),
    };
  });
  return rows.sort(
    (a, b) =>
      Number(b.chosen) - Number(a.chosen) ||
      (b.score ?? -1) - (a.score ?? -1) ||
      a.title.localeCompare(b.title, t.lang),
  );
}
