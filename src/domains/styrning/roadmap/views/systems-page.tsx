import type { Page } from '../../../../lib/paging.ts';
import { ErrorSummary, Notice } from '../../../../web/components/forms.tsx';
import type { MessageKey } from '../../../../web/i18n/index.ts';
import { Layout, type PageContext } from '../../../../web/layout.tsx';
import type { SystemsMapData } from '../systems.load.ts';
import type { SystemRow } from '../systems.queries.ts';
import { CatalogueList } from './systems-catalogue.tsx';
import { Matrix, Signals } from './systems-signals.tsx';
import { Usage } from './systems-usage.tsx';

type Props = PageContext & {
  municipality: { id: string; name: string };
  data: SystemsMapData;
  /** The page of systems the usage table and the catalogue list. */
  shown: Page<SystemRow>;
  canConfigure: boolean;
  canManage: (departmentId: string) => boolean;
  /** A problem with a form that has no field to point at (a toggle naming another municipality's ids). */
  formError?: MessageKey | undefined;
  notice?: MessageKey | undefined;
};

/**
 * The systems map, in the order a manager reads it: the departments × capabilities matrix, then
 * overlaps and silo signals, which departments use which system, and the catalogue (read only;
 * admins change it on a page of its own).
 */
export function SystemsPage(props: Props) {
  const { t, municipality: m } = props;
  const base = `/${t.lang}/municipalities/${m.id}`;
  const title = t('roadmap.systems.title', { name: m.name });
  return (
    <Layout {...props} title={title} municipality={m}>
      <ErrorSummary
        t={t}
        form={{ values: {}, errors: {} }}
        labels={{}}
        formError={props.formError && t(props.formError)}
      />
      <Notice t={t} messageKey={props.notice} />
      <h1 class="ds-heading" data-size="lg">
        {title}
      </h1>
      <p class="ds-paragraph">{t('roadmap.systems.lead')}</p>
      <Matrix t={t} map={props.data.map} />
      <Signals t={t} map={props.data.map} base={base} />
      <Usage
        t={t}
        base={base}
        csrfToken={props.csrfToken}
        data={props.data}
        shown={props.shown}
        canManage={props.canManage}
      />
      <CatalogueList
        t={t}
        base={base}
        data={props.data}
        shown={props.shown}
        canConfigure={props.canConfigure}
      />
    </Layout>
  );
}
