import { ScrollableTable } from '../../../../web/components/table.tsx';
import type { Translator } from '../../../../web/i18n/index.ts';
import { AGE_BANDS, SMALLEST_SHOWN } from '../background.ts';
import type { BackgroundQuestions } from '../dialogues.schema.ts';

type Counts = { answer: string | null; n: number }[];

/**
 * Who took part, by the answers to the background questions: a table per question, in the order
 * the question offers its answers; a count from 1 to 4 is not shown, so nobody is picked out.
 */
export function WhoTookPart(props: {
  t: Translator;
  questions: BackgroundQuestions;
  counts: { ageBand: Counts; district: Counts };
}) {
  const { t, questions, counts } = props;
  const answered = counts.ageBand.reduce((sum, c) => sum + c.n, 0);
  const table = (caption: string, rows: { label: string; n: number }[]) => (
    <ScrollableTable label={caption}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('dialogues.report.answer')}</th>
          <th scope="col">{t('dialogues.report.participants')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr>
            <th scope="row">{r.label}</th>
            <td class="num">
              {r.n > 0 && r.n < SMALLEST_SHOWN ? t('dialogues.report.fewer') : t.number(r.n)}
            </td>
          </tr>
        ))}
      </tbody>
    </ScrollableTable>
  );
  const rowsOf = (found: Counts, order: { value: string; label: string }[]) => {
    const n = (value: string | null) => found.find((c) => c.answer === value)?.n ?? 0;
    return [
      ...order.map((o) => ({ label: o.label, n: n(o.value) })),
      { label: t('dialogues.report.notAnswered'), n: n(null) },
    ];
  };
  return (
    <section class="dialog-section" aria-labelledby="who-heading">
      <h2 class="ds-heading" data-size="sm" id="who-heading">
        {t('dialogues.report.whoTitle')}
      </h2>
      {answered === 0 ? (
        <p class="ds-paragraph">{t('dialogues.report.noBackground')}</p>
      ) : (
        <>
          <p class="ds-paragraph">{t('dialogues.report.whoLead')}</p>
          {questions.ageBand &&
            table(
              t('dialogues.background.ageBand'),
              rowsOf(
                counts.ageBand,
                AGE_BANDS.map((b) => ({ value: b, label: t(`dialogues.background.age.${b}`) })),
              ),
            )}
          {questions.districts.length > 0 &&
            table(
              t('dialogues.background.district'),
              rowsOf(
                counts.district,
                questions.districts.map((d) => ({ value: d, label: d })),
              ),
            )}
        </>
      )}
    </section>
  );
}
