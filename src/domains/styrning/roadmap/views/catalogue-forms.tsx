import { CsrfField, SubmitButton } from '../../../../web/components/forms.tsx';
import type { Translator } from '../../../../web/i18n/index.ts';
import { type FailedForm, InlineField } from './inline-fields.tsx';

/** What the catalogue's forms share: where they post, the session's token, a form that failed. */
export type FormProps = {
  t: Translator;
  base: string;
  csrfToken: string;
  failed?: FailedForm | undefined;
};

/** Adds a capability, or renames the one given. */
export function CapabilityForm(props: FormProps & { capability?: { id: string; name: string } }) {
  const { t, capability: c } = props;
  const prefix = c ? `cap-${c.id}` : 'cap-new';
  return (
    <form
      method="post"
      action={c ? `${props.base}/capabilities/${c.id}` : `${props.base}/capabilities`}
      class="form"
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

/** Adds a system, or changes the one given: name, vendor and the capability it provides. */
export function SystemForm(
  props: FormProps & {
    capabilities: { id: string; name: string }[];
    system?: { id: string; name: string; vendor: string; capabilityId: string | null };
  },
) {
  const { t, system: s } = props;
  const prefix = s ? `sys-${s.id}` : 'sys-new';
  const options = props.capabilities.map((c) => ({ value: c.id, label: c.name }));
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
