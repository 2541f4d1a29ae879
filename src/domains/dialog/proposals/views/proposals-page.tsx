import { type ProposalState, publicStates } from '../../../../engines/proposal-rules/index.ts';
import type { Page } from '../../../../lib/paging.ts';
import { Notice } from '../../../../web/components/forms.tsx';
import { LinkedCards } from '../../../../web/components/linked-cards.tsx';
import { Pagination } from '../../../../web/components/pagination.tsx';
import type { MessageKey } from '../../../../web/i18n/index.ts';
import { Layout, type PageContext } from '../../../../web/layout.tsx';
import type { ProposalRow } from '../proposals.queries.ts';
import { StateTag } from './state-tag.tsx';
import { SupportProgress } from './support-progress.tsx';

type Props = PageContext & {
  municipality: { id: string; name: string };
  shown: Page<ProposalRow>;
  state: ProposalState | '';
  /** Staff also filter on what waits for screening. */
  staff: boolean;
  canSetRule: boolean;
  notice?: MessageKey | undefined;
};

/** The municipality's proposals, newest first, filtered by status; twenty a page. */
export function ProposalsPage(props: Props) {
  const { t, municipality: m, shown } = props;
  const base = `/${t.lang}/municipalities/${m.id}/proposals`;
  const title = t('proposals.list.title');
  const states: ProposalState[] = props.staff ? ['screening', ...publicStates] : [...publicStates];
  const href = (page: number) =>
    `${base}?${new URLSearchParams({ ...(props.state ? { state: props.state } : {}), page: String(page) })}`;
  return (
    <Layout {...props} title={title} municipality={m}>
      <Notice t={t} messageKey={props.notice} />
      <h1 class="ds-heading" data-size="lg">
        {title}
      </h1>
      <p class="ds-paragraph">{t('proposals.list.lead')}</p>
      <p class="ds-paragraph">
        <a class="ds-link" href={`${base}/new`}>
          {t('proposals.list.new')}
        </a>
        {props.canSetRule && (
          <>
            {' · '}
            <a class="ds-link" href={`${base}/rule`}>
              {t('proposals.list.rule')}
            </a>
          </>
        )}
      </p>
      <form method="get" action={base} class="filters">
        <div class="ds-field">
          <label class="ds-label" for="filter-state">
            {t('proposals.list.state')}
          </label>
          <select class="ds-input" id="filter-state" name="state">
            <option value="">{t('proposals.list.all')}</option>
            {states.map((s) => (
              <option value={s} selected={s === props.state}>
                {t(`proposals.state.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" class="ds-button" data-variant="secondary">
          {t('proposals.list.filter')}
        </button>
      </form>
      <p class="ds-paragraph" role="status">
        {t('proposals.list.count', { count: shown.total })}
      </p>
      <LinkedCards
        t={t}
        items={shown.items}
        idPrefix="proposal"
        href={(p) => `${base}/${p.id}`}
        none={t('proposals.list.none')}
        body={(p) => (
          <>
            <p class="ds-paragraph">
              <StateTag t={t} state={p.state} /> {t(`proposals.topic.${p.topic as 'other'}`)}
            </p>
            <SupportProgress t={t} proposal={p} />
          </>
        )}
      />
      <Pagination t={t} page={shown.page} pageCount={shown.pageCount} href={href} />
    </Layout>
  );
}
