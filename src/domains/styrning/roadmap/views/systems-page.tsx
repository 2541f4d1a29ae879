import { ErrorSummary, Notice } from '../../../../web/components/forms.tsx';
import type { MessageKey } from '../../../../web/i18n/index.ts';
import { Layout, type PageContext } from '../../../../web/layout.tsx';
import type { SystemsMapData } from '../systems.load.ts';
import { type FailedForm, summaryState } from './inline-fields.tsx';
import { Catalogue } from './systems-catalogue.tsx';
import { Matrix, Signals } from './systems-signals.tsx';
import { Usage } from './systems-usage.tsx';

type Props = PageContext & {
  municipality: { id: string; name: string };
  data: SystemsMapData;
  canConfigure: boolean;
  canManage: (departmentId: string) => boolean;
  failed?: FailedForm | undefined;
  /** A problem with a form that has no field to point at (a toggle naming another municipality's ids). */
  formError?: MessageKey | undefined;
  notice?: MessageKey | undefined;
};

/** The systems map: overlaps and silo signals, the departments × capabilities matrix, usage, catalogue. */
export function SystemsPage(props: Props) {
  const { t, municipality: m } = props;
  const base = `/${t.lang}/municipalities/${m.id}`;
  const title = t('roadmap.systems.title', { name: m.name });
  const labels: Record<string, string> = {};
  if (props.failed) {
    for (const field of Object.keys(props.failed.errors)) {
      labels[`${props.failed.prefix}-${field}`] = t(
        field === 'vendor'
          ? 'roadmap.systems.vendor'
          : field === 'capabilityId'
            ? 'roadmap.systems.capability'
            : 'roadmap.systems.name',
      );
    }
  }
  const shared = {
    t,
    base,
    csrfToken: props.csrfToken,
    data: props.data,
    canConfigure: props.canConfigure,
    failed: props.failed,
  };
  return (
    <Layout {...props} title={title} municipality={m}>
      <ErrorSummary
        t={t}
        form={summaryState(props.failed)}
        labels={labels}
        formError={props.formError && t(props.formError)}
      />
      <Notice t={t} messageKey={props.notice} />
      <h1 class="ds-heading" data-size="lg">
        {title}
      </h1>
      <p class="ds-paragraph">{t('roadmap.systems.lead')}</p>
      <Signals t={t} map={props.data.map} base={base} />
      <Matrix t={t} map={props.data.map} />
      <Usage {...shared} canManage={props.canManage} />
      <Catalogue {...shared} />
    </Layout>
  );
}
