import type { Translator } from '../../../../web/i18n/index.ts';
import { SEARCH_TEXT_MAX } from '../../../../web/search.ts';
import { ALL_STAGES } from '../../steering/stages.ts';
import { INITIATIVE_SORTS, type InitiativeOrder } from '../initiative-order.ts';

/** What the list shows: its filters, search words and order, as read from the query string. */
export type InitiativesFilter = {
  stage: string;
  departmentId: string;
  q: string;
  order: InitiativeOrder;
};

/** The filter of the initiatives list: search words, stage, department and order (a GET form, no script needed). */
export function InitiativesFilterForm(props: {
  t: Translator;
  action: string;
  filter: InitiativesFilter;
  departments: { id: string; name: string }[];
}) {
  const { t, filter } = props;
  return (
    <form
      method="get"
      action={props.action}
      class="filter-form"
      aria-label={t('portfolio.initiatives.filter')}
    >
      <div class="ds-field">
        <label class="ds-label" for="filter-q">
          {t('portfolio.initiatives.filterText')}
        </label>
        <input
          class="ds-input"
          id="filter-q"
          name="q"
          type="search"
          value={filter.q}
          maxlength={SEARCH_TEXT_MAX}
        />
      </div>
      <div class="ds-field">
        <label class="ds-label" for="filter-stage">
          {t('portfolio.initiatives.filterStage')}
        </label>
        <select class="ds-input" id="filter-stage" name="stage">
          <option value="">{t('portfolio.initiatives.filterAll')}</option>
          {ALL_STAGES.map((s) => (
            <option value={s} selected={filter.stage === s}>
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
            <option value={d.id} selected={filter.departmentId === d.id}>
              {d.name}
            </option>
          ))}
        </select>
      </div>
      <div class="ds-field">
        <label class="ds-label" for="filter-sort">
          {t('portfolio.initiatives.sort')}
        </label>
        <select class="ds-input" id="filter-sort" name="sort">
          {filter.q && (
            <option value="" selected={filter.order === 'relevance'}>
              {t('portfolio.initiatives.sort.relevance')}
            </option>
          )}
          {INITIATIVE_SORTS.map((s) => (
            <option value={s} selected={filter.order === s}>
              {t(`portfolio.initiatives.sort.${s}`)}
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
  );
}

/** The list's query string for the CSV link: the same filters, search words and order. */
export function filterQuery(filter: InitiativesFilter): string {
  const query = new URLSearchParams();
  if (filter.q) query.set('q', filter.q);
  if (filter.stage) query.set('stage', filter.stage);
  if (filter.departmentId) query.set('department', filter.departmentId);
  if (filter.order !== (filter.q ? 'relevance' : 'title')) query.set('sort', filter.order);
  return query.size ? `?${query}` : '';
}
