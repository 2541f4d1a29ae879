import {
  CsrfField,
  ErrorSummary,
  type FormState,
  Notice,
  SubmitButton,
  TextField,
} from '../../../web/components/forms.tsx';
import type { MessageKey } from '../../../web/i18n/index.ts';
import { Layout, type PageContext } from '../../../web/layout.tsx';

type Props = PageContext & {
  municipality: { id: string; name: string };
  form: FormState;
  redirectUri: string;
  notice?: MessageKey | undefined;
  /** Enabled, but saved before its discovery document could be read: logins cannot start. */
  unchecked: boolean;
};

export function OidcSettingsPage(props: Props) {
  const { t, municipality: m, form } = props;
  const labels = {
    issuer: t('identity.oidc.issuer'),
    clientId: t('identity.oidc.clientId'),
    clientSecret: t('identity.oidc.clientSecret'),
  };
  return (
    <Layout {...props} title={t('identity.oidc.title', { name: m.name })} municipality={m}>
      <ErrorSummary t={t} form={form} labels={labels} />
      <Notice t={t} messageKey={props.notice} />
      <h1 class="ds-heading" data-size="lg">
        {t('identity.oidc.title', { name: m.name })}
      </h1>
      {props.unchecked ? (
        <div class="ds-alert" data-color="warning">
          <p class="ds-paragraph">{t('identity.oidc.unchecked')}</p>
        </div>
      ) : null}
      <p class="ds-paragraph">{t('identity.oidc.lead')}</p>
      <p class="ds-paragraph">{t('identity.oidc.redirectUri', { uri: props.redirectUri })}</p>
      <form
        method="post"
        action={`/${t.lang}/municipalities/${m.id}/admin/login`}
        class="form"
        novalidate
      >
        <CsrfField token={props.csrfToken} />
        <TextField t={t} form={form} name="issuer" type="url" label={labels.issuer} required />
        <TextField t={t} form={form} name="clientId" label={labels.clientId} required />
        <TextField
          t={t}
          form={form}
          name="clientSecret"
          type="password"
          label={labels.clientSecret}
          hint={t('identity.oidc.clientSecretHint')}
          autocomplete="off"
          keepValue={false}
        />
        <div class="ds-field">
          <input
            class="ds-input"
            type="checkbox"
            id="field-enabled"
            name="enabled"
            checked={form.values.enabled === 'on' || form.values.enabled === 'true'}
          />
          <label class="ds-label" for="field-enabled">
            {t('identity.oidc.enabled')}
          </label>
        </div>
        <div>
          <SubmitButton>{t('identity.oidc.submit')}</SubmitButton>
        </div>
      </form>
    </Layout>
  );
}
