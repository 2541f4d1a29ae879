import { toCsv } from '../../../lib/csv.ts';
import type { Translator } from '../../../web/i18n/index.ts';
import { type Answer, answerCell, type Question } from './answers.ts';
import type { responsesForExport } from './surveys.queries.ts';

/**
 * A survey's answers as CSV for staff: one row per response, numbered, and one column per
 * question in the order residents meet them; multiple choices joined with "; ". A survey that is
 * not anonymous also has each response's account and time; an anonymous one never, whatever the
 * rows hold. Every cell goes through `toCsv`, which keeps spreadsheet formulas from running.
 */
export function surveyCsv(
  t: Translator,
  survey: { anonymous: boolean },
  questions: readonly Question[],
  found: Awaited<ReturnType<typeof responsesForExport>>,
): string {
  const byResponse = new Map<string, Map<string, Answer>>();
  for (const a of found.answers) {
    const answers = byResponse.get(a.responseId) ?? new Map<string, Answer>();
    answers.set(a.questionId, a);
    byResponse.set(a.responseId, answers);
  }
  const header = [
    t('surveys.csv.response'),
    ...(survey.anonymous ? [] : [t('surveys.csv.account'), t('surveys.csv.answeredAt')]),
    ...questions.map((q) => q.prompt),
  ];
  const rows = found.responses.map((r, i) => [
    i + 1,
    ...(survey.anonymous ? [] : [r.email ?? '', r.createdAt?.toISOString() ?? '']),
    ...questions.map((q) => answerCell(q, byResponse.get(r.id)?.get(q.id))),
  ]);
  return toCsv(header, rows);
}
