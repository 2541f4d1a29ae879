import type { Realisation, RealisationYear } from '../../../../engines/benefits/index.ts';
import type { Page } from '../../../../lib/paging.ts';
import {
  ChartBlock,
  ChartTable,
  contiguousYears,
  fractionalYear,
  LineChart,
  seriesStyles,
  yearAxis,
  yearPoints,
} from '../../../../web/components/charts/index.ts';
import {
  CsrfField,
  ErrorSummary,
  type FormState,
  Notice,
  SubmitButton,
  TextAreaField,
} from '../../../../web/components/forms.tsx';
import { HowWeCalculate } from '../../../../web/components/how-we-calculate.tsx';
import { Pagination } from '../../../../web/components/pagination.tsx';
import { ScrollableTable } from '../../../../web/components/table.tsx';
import { ValueAtDate } from '../../../../web/components/value-at-date.tsx';
import { day } from '../../../../web/i18n/dates.ts';
import type { MessageKey, Translator } from '../../../../web/i18n/index.ts';
import { Layout, type PageContext } from '../../../../web/layout.tsx';
import type { BenefitRow, MeasurementRow } from '../benefits.queries.ts';
import { effectText } from './effect-chain.tsx';
import { label, num, percent } from './format.ts';

type Props = PageContext & {
  municipality: { id: string; name: string };
  initiative: { id: string; title: string };
  benefit: BenefitRow;
  /** One page of the measurements, newest first; the realisation is drawn from all of them. */
  measurements: Page<MeasurementRow>;
  realisation: Realisation | null;
  canEdit: boolean;
  /** YYYY-MM-DD: where the chart draws "today". */
  today: string;
  form: FormState;
  notice?: MessageKey | undefined;
};

const cell = (t: Translator, v: number | null | undefined) => (v == null ? null : num(t, v));

function Realised(props: {
  t: Translator;
  benefit: BenefitRow;
  realisation: Realisation | null;
  today: string;
}) {
  const { t, benefit: b } = props;
  const byYear = new Map((props.realisation?.years ?? []).map((y) => [y.year, y]));
  // Every year from the first to the last, so a year without a value is a gap, not skipped.
  const years = contiguousYears([...byYear.keys()]);
  const at = (pick: (y: RealisationYear) => number | null) =>
    years.map((year) => {
      const y = byYear.get(year);
      return y ? pick(y) : null;
    });
  const latest = props.realisation?.latest ?? null;
  const share = props.realisation?.shareOfTarget ?? null;
  const title = t('benefits.chartTitle', { indicator: `${b.indicator} (${b.unit})` });
  const planned = at((y) => y.planned);
  const realised = at((y) => y.realised);
  const difference = at((y) => y.difference);
  return (
    <section aria-labelledby="realisation-heading" class="stack">
      <h2 class="ds-heading" data-size="md" id="realisation-heading">
        {t('benefits.realisation')}
      </h2>
      <p class="ds-paragraph" id="realisation-result">
        {latest
          ? t('benefits.realisedResult', {
              value: num(t, latest.value),
              unit: b.unit,
              date: day(t, latest.date),
              share: share === null ? '–' : percent(t, share),
            })
          : t('benefits.noMeasurements')}
      </p>
      <ChartBlock
        summary={t('app.chart.numbers')}
        chart={
          <LineChart
            id="realisation-chart"
            title={title}
            description={t('benefits.chartLegend')}
            emptyText={t('benefits.noYears')}
            {...yearAxis(years)}
            today={{ at: fractionalYear(props.today), label: t('app.chart.today') }}
            zero={false}
            format={(n) => num(t, n)}
            series={[
              {
                label: t('benefits.plannedValue'),
                style: seriesStyles.planned,
                points: yearPoints(years, planned),
              },
              {
                label: t('benefits.realisedValue'),
                style: seriesStyles.realised,
                points: yearPoints(years, realised),
              },
            ]}
          />
        }
        table={
          <ChartTable
            caption={title}
            rowHeader={t('benefits.year')}
            columns={[
              t('benefits.plannedValue'),
              t('benefits.realisedValue'),
              t('benefits.difference'),
            ]}
            rows={years.map((year, i) => ({
              label: String(year),
              cells: [cell(t, planned[i]), cell(t, realised[i]), cell(t, difference[i])],
            }))}
            emptyText={t('benefits.noYears')}
            missing={t('app.chart.missing')}
          />
        }
      />
      <HowWeCalculate t={t}>
        <p class="ds-paragraph">{t('benefits.realisationRule')}</p>
      </HowWeCalculate>
    </section>
  );
}

/** One benefit: what it is, realised against planned (chart and table), its measurements. */
export function BenefitPage(props: Props) {
  const { t, municipality: m, initiative: i, benefit: b, measurements: shown } = props;
  const base = `/${t.lang}/municipalities/${m.id}/initiatives/${i.id}/benefits`;
  const title = t('benefits.detailTitle', { description: b.description });
  const labels = {
    value: t('benefits.value'),
    measuredOn: t('benefits.measuredOn'),
    note: t('benefits.note'),
  };
  return (
    <Layout {...props} title={title} municipality={m}>
      <ErrorSummary t={t} form={props.form} labels={labels} />
      <Notice t={t} messageKey={props.notice} />
      <ul class="inline-list">
        <li>
          <a class="ds-link" href={`/${t.lang}/municipalities/${m.id}/initiatives/${i.id}`}>
            {t('benefits.backToInitiative')}
          </a>
        </li>
        <li>
          <a class="ds-link" href={base}>
            {t('benefits.title', { title: i.title })}
          </a>
        </li>
      </ul>
      <h1 class="ds-heading" data-size="lg">
        {title}
      </h1>
      <dl class="facts">
        <dt>{t('benefits.kind')}</dt>
        <dd>{label(t, 'benefits.kind', b.kind)}</dd>
        <dt>{t('benefits.effect')}</dt>
        <dd>{t(b.isDisbenefit ? 'benefits.effect.dis-benefit' : 'benefits.effect.benefit')}</dd>
        <dt>{t('benefits.recipient')}</dt>
        <dd>{b.recipient || '–'}</dd>
        <dt>{t('benefits.owner')}</dt>
        <dd>{b.ownerName}</dd>
        <dt>{t('benefits.chainEffect')}</dt>
        <dd>{effectText(t, b)}</dd>
        <dt>{t('benefits.direction')}</dt>
        <dd>
          {t(b.direction === 'lower' ? 'benefits.direction.lower' : 'benefits.direction.higher')}
        </dd>
        <dt>{t('benefits.moneyPerUnit')}</dt>
        <dd>{b.moneyPerUnit === null ? '–' : num(t, b.moneyPerUnit)}</dd>
        <dt>{t('benefits.confidence')}</dt>
        <dd>{label(t, 'benefits.confidence', b.confidence)}</dd>
        <dt>{t('benefits.countsForGate')}</dt>
        <dd>{t(b.countsForGate ? 'benefits.yes' : 'benefits.no')}</dd>
      </dl>
      {props.canEdit && (
        <p class="ds-paragraph">
          <a class="ds-link" href={`${base}/${b.id}/edit`}>
            {t('benefits.edit')}
          </a>
        </p>
      )}
      <Realised t={t} benefit={b} realisation={props.realisation} today={props.today} />
      <section aria-labelledby="measurements-heading" class="stack">
        <h2 class="ds-heading" data-size="md" id="measurements-heading">
          {t('benefits.measurements')}
          {shown.pageCount > 1 &&
            ` ${t('benefits.pageOf', { page: shown.page, pages: shown.pageCount })}`}
        </h2>
        <p class="ds-paragraph">{t('benefits.appendOnly')}</p>
        {shown.total === 0 ? (
          <p class="ds-paragraph">{t('benefits.noMeasurements')}</p>
        ) : (
          <ScrollableTable label={t('benefits.measurements')}>
            <thead>
              <tr>
                <th scope="col">{labels.measuredOn}</th>
                <th scope="col">{labels.value}</th>
                <th scope="col">{labels.note}</th>
                <th scope="col">{t('benefits.recordedBy')}</th>
              </tr>
            </thead>
            <tbody>
              {shown.items.map((r) => (
                <tr>
                  <td>{day(t, r.measuredOn)}</td>
                  <td class="numeric">{num(t, r.value)}</td>
                  <td>{r.note}</td>
                  <td>{r.recordedByEmail}</td>
                </tr>
              ))}
            </tbody>
          </ScrollableTable>
        )}
        <Pagination
          t={t}
          page={shown.page}
          pageCount={shown.pageCount}
          href={(page) => `${base}/${b.id}${page > 1 ? `?page=${page}` : ''}`}
        />
        {props.canEdit && (
          <form
            method="post"
            action={`${base}/${b.id}/measurements`}
            class="form"
            id="record-measurement"
            novalidate
          >
            <h3 class="ds-heading" data-size="sm">
              {t('benefits.record')}
            </h3>
            <CsrfField token={props.csrfToken} />
            <ValueAtDate
              t={t}
              form={props.form}
              value={{ name: 'value', label: labels.value }}
              date={{ name: 'measuredOn', label: labels.measuredOn, hint: t('benefits.dateHint') }}
            />
            <TextAreaField t={t} form={props.form} name="note" label={labels.note} rows={2} />
            <div>
              <SubmitButton>{t('benefits.recordSubmit')}</SubmitButton>
            </div>
          </form>
        )}
      </section>
    </Layout>
  );
}
