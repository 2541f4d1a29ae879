import { Notice } from '../../../../web/components/forms.tsx';
import { ScrollableTable } from '../../../../web/components/table.tsx';
import type { MessageKey } from '../../../../web/i18n/index.ts';
import { Layout, type PageContext } from '../../../../web/layout.tsx';
import { ALL_STAGES } from '../../steering/stages.ts';
import type { InitiativeListItem } from '../portfolio.queries.ts';

type Props = PageContext & {
  municipality: { id: string; name: string };
  items: InitiativeListItem[];
  departments: { id: string; name: string }[];
  filter: { stage: string; departmentId: string };
  seesInternal: boolean;
  canPropose: boolean;
  notice?: MessageKey | undefined;
};

/** The municipality's initiatives with a filter by stage and department (a GET form, no script needed). */
export function InitiativesListPage(props: Props) {
  const { t, municipality: m } = props;
  const base = `/${t.lang}/municipalities/${m.id}`;
  const title = t('portfolio.initiatives.title', { name: m.name });
  const csvQuery = new URLSearchParams();
  if (props.filter.stage) csvQuery.set('stage', props.filter.stage);
  if (props.filter.departmentId) csvQuery.set('department', props.filter.departmentId);
  const api = `/api/v1/municipalities/${m.id}`;
  const csvHref = `${api}/initiatives.csv${csvQuery.size ? `?${csvQuery}` : ''}`;
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
      <form
        method="get"
        action={`${base}/initiatives`}
        class="filter-form"
        aria-label={t('portfolio.initiatives.filter')}
      >
        <div class="ds-field">
          <label class="ds-label" for="filter-stage">
            {t('portfolio.initiatives.filterStage')}
          </label>
          <select class="ds-input" id="filter-stage" name="stage">
            <option value="">{t('portfolio.initiatives.filterAll')}</option>
            {ALL_STAGES.map((s) => (
              <option value={s} selected={props.filter.stage === s}>
                {t(`steering.stage.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <div class="ds-field">
          <label class="ds-label" for="filter-department">
            {t('portfolio.initiatives.filterDepartment')}
          </label>
          <select class="ds-input" id="filter-department" name="department">
            <option value="">{t('portfolio.initiatives.filterAll')}</option>
            {props.departments.map((d) => (
              <option value={d.id} selected={props.filter.departmentId === d.id}>
                {d.name}
              </option>
            ))}
          </select>
        </div>
        <div>
          <button type="submit" class="ds-button" data-variant="secondary">
            {t('portfolio.initiatives.filterApply')}
          </button>
        </div>
      </form>
      <p class="ds-paragraph" role="status" id="initiatives-count">
        {t('portfolio.initiatives.count', { count: props.items.length })}
      </p>
      {props.items.length === 0 ? (
        <p class="ds-paragraph">{t('portfolio.initiatives.none')}</p>
      ) : (
        <ScrollableTable label={title}>
          <thead>
            <tr>
              <th scope="col">{t('portfolio.initiative.title')}</th>
              <th scope="col">{t('portfolio.initiative.department')}</th>
              <th scope="col">{t('portfolio.initiative.stage')}</th>
              <th scope="col">{t('portfolio.initiative.public')}</th>
            </tr>
          </thead>
          <tbody>
            {props.items.map((i) => (
              <tr>
                <td>
                  <a class="ds-link" href={`${base}/initiatives/${i.id}`}>
                    {i.title}
                  </a>
                </td>
                <td>{i.departmentName}</td>
                <td>{stageLabel(t, i.stage)}</td>
                <td>
                  {i.isPublic
                    ? t('portfolio.initiative.publicYes')
                    : t('portfolio.initiative.publicNo')}
                </td>
              </tr>
            ))}
          </tbody>
        </ScrollableTable>
      )}
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
