import { CsrfField, RevokeButton, TextField } from '../../../../web/components/forms.tsx';
import { ScrollableTable } from '../../../../web/components/table.tsx';
import type { Translator } from '../../../../web/i18n/index.ts';
import { currencySymbol } from '../../../../web/i18n/index.ts';
import { MAX_YEAR, MIN_YEAR } from '../initiative.inputs.ts';
import type { InitiativeDetail } from '../initiative-detail.queries.ts';
import type { SectionForm } from './edit-values.ts';
import { money, Section } from './initiative-sections.tsx';
import { PartForm } from './part-form.tsx';

type Props = {
  t: Translator;
  d: InitiativeDetail;
  base: string;
  csrf: string;
  currency: string;
  labels: Record<string, string>;
  f: { costs: SectionForm; risks: SectionForm };
};

/** The edit page's costs (a table with a remove button per year, and a form for a year) and risks. */
export function CostsAndRisksSections(props: Props) {
  const { t, d, base, csrf, labels, f } = props;
  return (
    <>
      <Section id="costs" title={t('portfolio.initiative.costs')}>
        <p class="ds-paragraph">
          {t('portfolio.initiative.costsLead', { currency: currencySymbol(t, props.currency) })}
        </p>
        {d.costs.length > 0 && (
          <ScrollableTable
            label={t('portfolio.initiative.tableOf', { name: t('portfolio.initiative.costs') })}
          >
            <thead>
              <tr>
                <th scope="col">{t('portfolio.initiative.year')}</th>
                <th scope="col">{t('portfolio.initiative.investment')}</th>
                <th scope="col">{t('portfolio.initiative.running')}</th>
                <td />
              </tr>
            </thead>
            <tbody>
              {d.costs.map((c) => (
                <tr>
                  <th scope="row">{c.year}</th>
                  <td class="num">{money(t, c.investment, props.currency)}</td>
                  <td class="num">{money(t, c.running, props.currency)}</td>
                  <td>
                    <form
                      method="post"
                      action={`${base}/costs/${c.year}/remove`}
                      class="inline-form"
                    >
                      <CsrfField token={csrf} />
                      <button
                        type="submit"
                        class="ds-button"
                        data-variant="secondary"
                        data-size="sm"
                      >
                        {t('portfolio.initiative.removeCost')}
                        <span class="ds-sr-only">{` ${t('portfolio.initiative.removeCostOf', { year: String(c.year) })}`}</span>
                      </button>
                    </form>
                  </td>
                </tr>
              ))}
            </tbody>
          </ScrollableTable>
        )}
        <PartForm
          t={t}
          action={`${base}/costs`}
          csrfToken={csrf}
          submit={t('portfolio.initiative.addCost')}
        >
          <TextField
            t={t}
            form={f.costs}
            name="year"
            type="number"
            number={{ integer: true, min: MIN_YEAR, max: MAX_YEAR }}
            label={labels.year!}
            required
          />
          <TextField
            t={t}
            form={f.costs}
            name="investment"
            type="number"
            number={{ min: 0 }}
            label={`${labels.investment} (${props.currency})`}
            maxlength={30}
          />
          <TextField
            t={t}
            form={f.costs}
            name="running"
            type="number"
            number={{ min: 0 }}
            label={`${labels.running} (${props.currency})`}
            maxlength={30}
          />
        </PartForm>
      </Section>
      <Section id="risks" title={t('portfolio.initiative.risks')}>
        {d.risks.length > 0 && (
          <ul class="ds-list">
            {d.risks.map((r) => (
              <li>
                {r.description} ({t('portfolio.initiative.likelihood')}: {r.likelihood},{' '}
                {t('portfolio.initiative.impact')}: {r.impact}){' '}
                <RevokeButton
                  t={t}
                  action={`${base}/risks/${r.id}/remove`}
                  csrfToken={csrf}
                  what={r.description}
                />
              </li>
            ))}
          </ul>
        )}
        <PartForm
          t={t}
          action={`${base}/risks`}
          csrfToken={csrf}
          submit={t('portfolio.initiative.addRisk')}
        >
          <TextField
            t={t}
            form={f.risks}
            name="description"
            label={labels.description!}
            required
            maxlength={500}
          />
          <TextField
            t={t}
            form={f.risks}
            name="likelihood"
            label={labels.likelihood!}
            required
            maxlength={1}
          />
          <TextField
            t={t}
            form={f.risks}
            name="impact"
            label={labels.impact!}
            required
            maxlength={1}
          />
        </PartForm>
      </Section>
    </>
  );
}
