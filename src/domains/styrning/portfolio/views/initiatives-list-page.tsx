import type { Page } from '../../../../lib/paging.ts';
import { langOf } from '../../../../web/components/content.tsx';
import { Notice } from '../../../../web/components/forms.tsx';
import { Pagination } from '../../../../web/components/pagination.tsx';
import { ScrollableTable } from '../../../../web/components/table.tsx';
import type { MessageKey } from '../../../../web/i18n/index.ts';
import { Layout, type PageContext } from '../../../../web/layout.tsx';
import { ALL_STAGES } from '../../steering/stages.ts';
import { type InitiativeOrder, type InitiativeSort, sortDirection } from '../initiative-order.ts';
import type { InitiativeListItem } from '../portfolio.queries.ts';
import { money } from './initiative-sections.tsx';
import {
  filterQuery,
  type InitiativesFilter,
  InitiativesFilterForm,
} from './initiatives-filter.tsx';

type Props = PageContext & {
  municipality: { id: string; name: string };
  /** The page shown of the initiatives, in the order `filter.order` says. */
  shown: Page<InitiativeListItem>;
  departments: { id: string; name: string }[];
  filter: InitiativesFilter;
  currency: string;
  seesInternal: boolean;
  canPropose: boolean;
  notice?: MessageKey | undefined;
};

/**
 * A column header, marked with `aria-sort` when the list is ordered by it. A plain function rather than a component: the shared table reads these header cells to label
 * each body cell on a phone, and it cannot see inside a component.
 */
function headerCell(props: { label: string; sort?: InitiativeSort; order: InitiativeOrder }) {
  const sorted = props.sort !== undefined && props.sort === props.order;
  return (
    <th scope="col" aria-sort={sorted && props.sort ? sortDirection[props.sort] : undefined}>
      {props.label}
    </th>
  );
}

/** The municipality's initiatives, searchable, filtered by stage and department, in a chosen order. */
export function InitiativesListPage(props: Props) {
  const { t, municipality: m, filter } = props;
  const order = filter.order;
  const base = `/${t.lang}/municipalities/${m.id}`;
  const title = t('portfolio.initiatives.title', { name: m.name });
  const api = `/api/v1/municipalities/${m.id}`;
  const csvHref = `${api}/initiatives.csv${filterQuery(filter)}`;
  const { shown } = props;
  const similarOnly =
    filter.q !== '' && shown.total > 0 && shown.items.every((i) => (i.rank ?? 0) < 1);
  const pageHref = (page: number) => {
    const query = new URLSearchParams(filterQuery(filter));
    if (page > 1) query.set('page', String(page));
    return `${base}/initiatives${query.size ? `?${query}` : ''}`;
  };
  return (
    <Layout {...props} title={title} municipality={m}>
      <Notice t={t} messageKey={props.notice} />
      <h1 class="ds-heading" data-size="lg">
        {title}
      </h1>
      <p class="ds-paragraph">{t('portfolio.initiatives.lead')}</p>
      {!props.seesInternal && <p class="ds-paragraph">{t('portfolio.initiatives.leadPublic')}</p>}
      {props.canPropose && (
        <p class="ds-paragraph">
          <a class="ds-link" href={`${base}/initiatives/new`}>
            {t('portfolio.initiatives.propose')}
          </a>
        </p>
      )}
      <InitiativesFilterForm
        t={t}
        action={`${base}/initiatives`}
        filter={filter}
        departments={props.departments}
      />
      <p class="ds-paragraph" role="status" id="initiatives-count">
        {t('portfolio.initiatives.count', { count: shown.total })}
        {shown.pageCount > 1 &&
          ` ${t('portfolio.initiatives.pageOf', { page: shown.page, pages: shown.pageCount })}`}
      </p>
      {similarOnly && <p class="ds-paragraph">{t('portfolio.initiatives.similar')}</p>}
      {shown.total === 0 ? (
        <p class="ds-paragraph">{t('portfolio.initiatives.none')}</p>
      ) : (
        <ScrollableTable label={title}>
          <thead>
            <tr>
              {headerCell({ label: t('portfolio.initiative.title'), sort: 'title', order })}
              {headerCell({ label: t('portfolio.initiative.department'), order })}
              {headerCell({ label: t('portfolio.initiative.stage'), sort: 'stage', order })}
              {headerCell({ label: t('portfolio.initiative.public'), order })}
              {headerCell({ label: t('portfolio.initiative.totalCost'), sort: 'cost', order })}
              {headerCell({ label: t('portfolio.initiative.updatedAt'), sort: 'updated', order })}
            </tr>
          </thead>
          <tbody>
            {shown.items.map((i) => (
              <tr>
                <td>
                  <a class="ds-link" href={`${base}/initiatives/${i.id}`} lang={langOf(t)}>
                    {i.title}
                  </a>
                </td>
                <td lang={langOf(t)}>{i.departmentName}</td>
                <td>{stageLabel(t, i.stage)}</td>
                <td>
                  {i.isPublic
                    ? t('portfolio.initiative.publicYes')
                    : t('portfolio.initiative.publicNo')}
                </td>
                <td class="num">{money(t, i.totalCost, props.currency)}</td>
                <td>{t.date(i.updatedAt)}</td>
              </tr>
            ))}
          </tbody>
        </ScrollableTable>
      )}
      <Pagination t={t} page={shown.page} pageCount={shown.pageCount} href={pageHref} />
      <h2 class="ds-heading" data-size="2xs" id="downloads-heading">
        {t('portfolio.initiatives.downloads')}
      </h2>
      <ul class="downloads" aria-labelledby="downloads-heading">
        <li>
          <a class="ds-link" href={csvHref} download>
            {t('portfolio.initiatives.csv')}
          </a>
        </li>
        <li>
          <a class="ds-link" href={`${api}/benefits.csv`} download>
            {t('portfolio.initiatives.csvBenefits')}
          </a>
        </li>
        <li>
          <a class="ds-link" href={`${api}/measurements.csv`} download>
            {t('portfolio.initiatives.csvMeasurements')}
          </a>
        </li>
      </ul>
    </Layout>
  );
}

/** A stage's label; an unexpected value is shown as it is rather than failing the page. */
export function stageLabel(t: PageContext['t'], stage: string): string {
  return (ALL_STAGES as readonly string[]).includes(stage)
    ? t(`steering.stage.${stage as (typeof ALL_STAGES)[number]}`)
    : stage;
}
