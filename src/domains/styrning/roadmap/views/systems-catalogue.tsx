import { CsrfField, SubmitButton } from '../../../../web/components/forms.tsx';
import { ScrollableTable } from '../../../../web/components/table.tsx';
import type { Translator } from '../../../../web/i18n/index.ts';
import type { SystemsMapData } from '../systems.load.ts';
import { type FailedForm, InlineField } from './inline-fields.tsx';

export type CatalogueProps = {
  t: Translator;
  base: string;
  csrfToken: string;
  data: SystemsMapData;
  canConfigure: boolean;
  failed?: FailedForm | undefined;
};

/** A one-button form that removes a catalogue entry; the hidden text says which, for screen readers. */
function RemoveButton(props: { t: Translator; action: string; csrfToken: string; what: string }) {
  return (
    <form method="post" action={props.action} class="inline-form">
      <CsrfField token={props.csrfToken} />
      <button type="submit" class="ds-button" data-variant="tertiary" data-size="sm">
        {props.t('roadmap.systems.remove')}
        <span class="ds-sr-only">{` ${props.what}`}</span>
      </button>
    </form>
  );
}

function CapabilityForm(props: CatalogueProps & { capability?: { id: string; name: string } }) {
  const { t, capability: c } = props;
  const prefix = c ? `cap-${c.id}` : 'cap-new';
  return (
    <form
      method="post"
      action={c ? `${props.base}/capabilities/${c.id}` : `${props.base}/capabilities`}
      class={c ? 'form inline-edit' : 'form'}
      novalidate
    >
      <CsrfField token={props.csrfToken} />
      <InlineField
        t={t}
        prefix={prefix}
        name="name"
        label={
          c
            ? t('roadmap.systems.renameCapability', { name: c.name })
            : t('roadmap.systems.capabilityName')
        }
        value={c?.name ?? ''}
        failed={props.failed}
        required
      />
      <div>
        <SubmitButton variant="secondary">
          {c ? t('roadmap.systems.rename') : t('roadmap.systems.addCapability')}
          {c && <span class="ds-sr-only">{` ${c.name}`}</span>}
        </SubmitButton>
      </div>
    </form>
  );
}

function SystemForm(
  props: CatalogueProps & {
    system?: { id: string; name: string; vendor: string; capabilityId: string | null };
  },
) {
  const { t, system: s } = props;
  const prefix = s ? `sys-${s.id}` : 'sys-new';
  const options = props.data.capabilities.map((c) => ({ value: c.id, label: c.name }));
  return (
    <form
      method="post"
      action={s ? `${props.base}/systems/${s.id}` : `${props.base}/systems`}
      class="form"
      novalidate
    >
      <CsrfField token={props.csrfToken} />
      <InlineField
        t={t}
        prefix={prefix}
        name="name"
        label={t('roadmap.systems.systemName')}
        value={s?.name ?? ''}
        failed={props.failed}
        required
      />
      <InlineField
        t={t}
        prefix={prefix}
        name="vendor"
        label={t('roadmap.systems.vendor')}
        value={s?.vendor ?? ''}
        failed={props.failed}
      />
      <InlineField
        t={t}
        prefix={prefix}
        name="capabilityId"
        label={t('roadmap.systems.capability')}
        value={s?.capabilityId ?? ''}
        failed={props.failed}
        options={options}
        placeholder={t('roadmap.systems.noCapability')}
      />
      <div>
        <SubmitButton variant="secondary">
          {s ? t('roadmap.systems.saveSystem') : t('roadmap.systems.addSystem')}
          {s && <span class="ds-sr-only">{` ${s.name}`}</span>}
        </SubmitButton>
      </div>
    </form>
  );
}

/** The catalogue of capabilities and systems; admins add and change them here. */
export function Catalogue(props: CatalogueProps) {
  const { t, data } = props;
  const capabilityName = new Map(data.capabilities.map((c) => [c.id, c.name]));
  return (
    <section aria-labelledby="catalogue-heading" class="stack" id="catalogue">
      <h2 class="ds-heading" data-size="sm" id="catalogue-heading">
        {t('roadmap.systems.catalogue')}
      </h2>
      <h3 class="ds-heading" data-size="xs">
        {t('roadmap.systems.capabilities')}
      </h3>
      {data.capabilities.length === 0 ? (
        <p class="ds-paragraph">{t('roadmap.systems.noCapabilities')}</p>
      ) : props.canConfigure ? (
        data.capabilities.map((c) => (
          <div class="catalogue-entry">
            <CapabilityForm {...props} capability={c} />
            <RemoveButton
              t={t}
              action={`${props.base}/capabilities/${c.id}/delete`}
              csrfToken={props.csrfToken}
              what={c.name}
            />
          </div>
        ))
      ) : (
        <ul class="ds-list">
          {data.capabilities.map((c) => (
            <li>{c.name}</li>
          ))}
        </ul>
      )}
      {props.canConfigure && <CapabilityForm {...props} />}
      <h3 class="ds-heading" data-size="xs">
        {t('roadmap.systems.systems')}
      </h3>
      {data.systems.length === 0 ? (
        <p class="ds-paragraph">{t('roadmap.systems.noSystems')}</p>
      ) : (
        <ScrollableTable label={t('roadmap.systems.systems')}>
          <thead>
            <tr>
              <th scope="col">{t('roadmap.systems.systemName')}</th>
              <th scope="col">{t('roadmap.systems.vendor')}</th>
              <th scope="col">{t('roadmap.systems.capability')}</th>
            </tr>
          </thead>
          <tbody>
            {data.systems.map((s) => (
              <tr>
                <td>{s.name}</td>
                <td>{s.vendor}</td>
                <td>
                  {(s.capabilityId && capabilityName.get(s.capabilityId)) ||
                    t('roadmap.systems.noCapability')}
                </td>
              </tr>
            ))}
          </tbody>
        </ScrollableTable>
      )}
      {props.canConfigure &&
        data.systems.map((s) => (
          <details class="system-edit" open={props.failed?.prefix === `sys-${s.id}`}>
            <summary>{t('roadmap.systems.editSystem', { name: s.name })}</summary>
            <SystemForm {...props} system={s} />
            <RemoveButton
              t={t}
              action={`${props.base}/systems/${s.id}/delete`}
              csrfToken={props.csrfToken}
              what={s.name}
            />
          </details>
        ))}
      {props.canConfigure && (
        <>
          <h3 class="ds-heading" data-size="xs">
            {t('roadmap.systems.addSystem')}
          </h3>
          <SystemForm {...props} />
        </>
      )}
    </section>
  );
}
