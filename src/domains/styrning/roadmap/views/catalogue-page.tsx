import { ErrorSummary, Notice } from '../../../../web/components/forms.tsx';
import type { MessageKey, Translator } from '../../../../web/i18n/index.ts';
import { Layout, type PageContext } from '../../../../web/layout.tsx';
import type { CatalogueData } from '../catalogue.load.ts';
import { CapabilityForm, type FormProps, SystemForm } from './catalogue-forms.tsx';
import { RemoveDetails } from './catalogue-remove.tsx';
import { type FailedForm, summaryState } from './inline-fields.tsx';

type Props = PageContext & {
  municipality: { id: string; name: string };
  data: CatalogueData;
  failed?: FailedForm | undefined;
  /** A problem with a form that has no field to point at (removing an entry still in use). */
  formError?: MessageKey | undefined;
  notice?: MessageKey | undefined;
};

function errorLabels(t: Translator, failed: FailedForm | undefined): Record<string, string> {
  const labels: Record<string, string> = {};
  for (const field of Object.keys(failed?.errors ?? {})) {
    labels[`${failed?.prefix}-${field}`] = t(
      field === 'vendor'
        ? 'roadmap.systems.vendor'
        : field === 'capabilityId'
          ? 'roadmap.systems.capability'
          : 'roadmap.systems.name',
    );
  }
  return labels;
}

function Capabilities(props: FormProps & { data: CatalogueData }) {
  const { t, data } = props;
  return (
    <section aria-labelledby="capabilities-heading" class="stack" id="capabilities">
      <h2 class="ds-heading" data-size="sm" id="capabilities-heading">
        {t('roadmap.systems.capabilities')}
      </h2>
      {data.capabilities.length === 0 && (
        <p class="ds-paragraph">{t('roadmap.systems.noCapabilities')}</p>
      )}
      <ul class="catalogue-entries">
        {data.capabilities.map((c) => (
          <li class="card stack">
            <h3 class="ds-heading" data-size="2xs">
              {c.name}
            </h3>
            <details class="catalogue-edit" open={props.failed?.prefix === `cap-${c.id}`}>
              <summary>{t('roadmap.systems.editCapability', { name: c.name })}</summary>
              <CapabilityForm {...props} capability={c} />
            </details>
            <RemoveDetails
              {...props}
              target={{
                kind: 'capability',
                id: c.id,
                name: c.name,
                dependants: data.dependantsOf(c.id),
              }}
            />
          </li>
        ))}
      </ul>
      <h3 class="ds-heading" data-size="xs">
        {t('roadmap.systems.addCapability')}
      </h3>
      <CapabilityForm {...props} />
    </section>
  );
}

function Systems(props: FormProps & { data: CatalogueData }) {
  const { t, data } = props;
  const capabilityName = new Map(data.capabilities.map((c) => [c.id, c.name]));
  return (
    <section aria-labelledby="systems-heading" class="stack" id="catalogue-systems">
      <h2 class="ds-heading" data-size="sm" id="systems-heading">
        {t('roadmap.systems.systems')}
      </h2>
      {data.systems.length === 0 && <p class="ds-paragraph">{t('roadmap.systems.noSystems')}</p>}
      <ul class="catalogue-entries">
        {data.systems.map((s) => (
          <li class="card stack">
            <h3 class="ds-heading" data-size="2xs">
              {s.name}
            </h3>
            <dl class="facts">
              <dt>{t('roadmap.systems.vendor')}</dt>
              <dd>{s.vendor || '–'}</dd>
              <dt>{t('roadmap.systems.capability')}</dt>
              <dd>
                {(s.capabilityId && capabilityName.get(s.capabilityId)) ||
                  t('roadmap.systems.noCapability')}
              </dd>
            </dl>
            <details class="catalogue-edit" open={props.failed?.prefix === `sys-${s.id}`}>
              <summary>{t('roadmap.systems.editSystem', { name: s.name })}</summary>
              <SystemForm {...props} capabilities={data.capabilities} system={s} />
            </details>
            <RemoveDetails
              {...props}
              target={{
                kind: 'system',
                id: s.id,
                name: s.name,
                dependants: data.dependantsOf(s.id),
              }}
            />
          </li>
        ))}
      </ul>
      <h3 class="ds-heading" data-size="xs">
        {t('roadmap.systems.addSystem')}
      </h3>
      <SystemForm {...props} capabilities={data.capabilities} />
    </section>
  );
}

/** Admins keep the catalogue: add, rename and remove capabilities and systems (removal confirmed). */
export function CataloguePage(props: Props) {
  const { t, municipality: m } = props;
  const base = `/${t.lang}/municipalities/${m.id}`;
  const title = t('roadmap.systems.catalogueTitle', { name: m.name });
  const forms = { t, base, csrfToken: props.csrfToken, failed: props.failed, data: props.data };
  return (
    <Layout {...props} title={title} municipality={m}>
      <ErrorSummary
        t={t}
        form={summaryState(props.failed)}
        labels={errorLabels(t, props.failed)}
        formError={props.formError && t(props.formError)}
      />
      <Notice t={t} messageKey={props.notice} />
      <h1 class="ds-heading" data-size="lg">
        {title}
      </h1>
      <p class="ds-paragraph">{t('roadmap.systems.catalogueLead')}</p>
      <p class="ds-paragraph">
        <a class="ds-link" href={`${base}/systems`}>
          {t('roadmap.systems.backToMap')}
        </a>
      </p>
      <Capabilities {...forms} />
      <Systems {...forms} />
    </Layout>
  );
}
