import { ScrollableTable } from '../../../../web/components/table.tsx';
import type { Translator } from '../../../../web/i18n/index.ts';
import { stageLabel } from '../../portfolio/views/initiatives-list-page.tsx';
import type { Candidate } from '../candidates.ts';
import { MAX_YEAR, MIN_YEAR } from '../prioritisation.inputs.ts';
import { money, points } from './texts.ts';

/** The candidates of a budget year as the scenarios page shows them. */
export type CandidatesView = {
  year: number;
  candidates: Candidate[];
  totalCost: number;
  departmentNames: ReadonlyMap<string, string>;
  names: ReadonlyMap<string, string>;
};

/** Picks another year to see (a plain GET form, so it works without scripts). */
function YearForm(props: { t: Translator; base: string; year: number }) {
  const { t } = props;
  return (
    <form method="get" action={props.base} class="search-row">
      <div class="ds-field">
        <label class="ds-label" for="candidates-year">
          {t('prioritisation.candidatesOtherYear')}
        </label>
        <input
          class="ds-input"
          id="candidates-year"
          name="year"
          type="number"
          inputmode="numeric"
          step="1"
          min={MIN_YEAR}
          max={MAX_YEAR}
          value={String(props.year)}
        />
      </div>
      <button type="submit" class="ds-button" data-variant="secondary">
        {t('prioritisation.candidatesShow')}
      </button>
    </form>
  );
}

/**
 * What is at stake before a budget is set: every candidate of the year with score and cost, and
 * what they cost together (in the table's foot and in a sentence).
 */
export function CandidatesSection(props: {
  t: Translator;
  base: string;
  root: string;
  currency: string;
  view: CandidatesView;
}) {
  const { t, view } = props;
  const total = money(t, view.totalCost, props.currency);
  return (
    <section aria-labelledby="candidates-heading" class="stack" id="candidates">
      <h2 class="ds-heading" data-size="sm" id="candidates-heading">
        {t('prioritisation.candidatesHeading', { year: String(view.year) })}
      </h2>
      <p class="ds-paragraph">{t('prioritisation.candidatesLead')}</p>
      {view.candidates.length === 0 ? (
        <p class="ds-paragraph">{t('prioritisation.noCandidates')}</p>
      ) : (
        <>
          <p class="ds-paragraph" id="candidates-total">
            {t('prioritisation.candidatesTotal', {
              count: view.candidates.length,
              total,
              year: String(view.year),
            })}
          </p>
          <ScrollableTable
            label={t('prioritisation.candidatesHeading', { year: String(view.year) })}
          >
            <thead>
              <tr>
                <th scope="col">{t('prioritisation.initiative')}</th>
                <th scope="col">{t('prioritisation.department')}</th>
                <th scope="col">{t('prioritisation.stage')}</th>
                <th scope="col">{t('prioritisation.score')}</th>
                <th scope="col">{t('prioritisation.cost', { year: String(view.year) })}</th>
              </tr>
            </thead>
            <tbody>
              {view.candidates.map((c) => (
                <tr>
                  <th scope="row">
                    <a class="ds-link" href={`${props.root}/initiatives/${c.id}`}>
                      {c.title}
                    </a>
                    {c.mandatory && (
                      <span class="muted">{` (${t('prioritisation.mandatory')})`}</span>
                    )}
                    {c.needs && (
                      <span class="muted">{` – ${t('prioritisation.reason.needs', {
                        name: view.names.get(c.needs) ?? t('prioritisation.unknownInitiative'),
                      })}`}</span>
                    )}
                  </th>
                  <td>{view.departmentNames.get(c.departmentId) ?? ''}</td>
                  <td>{stageLabel(t, c.stage)}</td>
                  <td class="num">
                    {c.score === null ? t('prioritisation.notScored') : points(t, c.score)}
                  </td>
                  <td class="num">{money(t, c.cost, props.currency)}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row" colspan={4}>
                  {t('prioritisation.total')}
                </th>
                <td class="num">{total}</td>
              </tr>
            </tfoot>
          </ScrollableTable>
        </>
      )}
      <YearForm t={t} base={props.base} year={view.year} />
    </section>
  );
}
