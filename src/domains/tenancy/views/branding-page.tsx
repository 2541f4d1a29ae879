import {
  CsrfField,
  ErrorSummary,
  type FormState,
  Notice,
  SubmitButton,
  TextField,
} from '../../../web/components/forms.tsx';
import { isMessageKey, localeOf, type MessageKey } from '../../../web/i18n/index.ts';
import { Layout, type PageContext } from '../../../web/layout.tsx';
import { contrastRatio } from '../branding-rules.ts';
import type { MunicipalityOnPage } from '../municipality-param.ts';

type Props = PageContext & {
  municipality: MunicipalityOnPage;
  accentColour: string | null;
  logoUrl: string | undefined;
  form: FormState;
  notice?: MessageKey | undefined;
};

/** The file field: label, hint and error tied to the input as in the other fields. */
function LogoField(props: { t: PageContext['t']; form: FormState; label: string }) {
  const { t } = props;
  const error = props.form.errors.logo;
  return (
    <div class="ds-field">
      <label class="ds-label" for="field-logo">
        {props.label}
      </label>
      <p class="ds-paragraph" data-field="description" id="hint-logo" data-size="sm">
        {t('tenancy.branding.logoHint')}
      </p>
      {error && (
        <p class="ds-validation-message" data-field="validation" id="error-logo">
          {isMessageKey(error) ? t(error) : t('error.invalid')}
        </p>
      )}
      <input
        class="ds-input"
        id="field-logo"
        name="logo"
        type="file"
        accept="image/png,image/svg+xml,.png,.svg"
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={error ? 'hint-logo error-logo' : 'hint-logo'}
      />
    </div>
  );
}

/** A municipality's admin sets its logo and colour. */
export function BrandingPage(props: Props) {
  const { t, municipality: m, form } = props;
  const labels = {
    accentColour: t('tenancy.branding.accentColour'),
    logo: t('tenancy.branding.logo'),
  };
  const ratio = props.accentColour
    ? new Intl.NumberFormat(localeOf[t.lang], { maximumFractionDigits: 1 }).format(
        contrastRatio(props.accentColour, '#ffffff'),
      )
    : '';
  return (
    <Layout {...props} title={t('tenancy.branding.title')} municipality={m}>
      <ErrorSummary t={t} form={form} labels={labels} />
      <Notice t={t} messageKey={props.notice} />
      <h1 class="ds-heading" data-size="lg">
        {t('tenancy.branding.title')}
      </h1>
      <p class="ds-paragraph">{t('tenancy.branding.lead')}</p>
      <h2 class="ds-heading" data-size="xs" id="branding-current">
        {t('tenancy.branding.current')}
      </h2>
      <dl class="facts">
        <dt>{labels.logo}</dt>
        <dd>
          {props.logoUrl ? (
            <span class="branding-preview">
              <img src={props.logoUrl} alt={t('nav.municipalityLogo', { name: m.name })} />
            </span>
          ) : (
            t('tenancy.branding.noLogo')
          )}
        </dd>
        <dt>{labels.accentColour}</dt>
        <dd>
          {props.accentColour
            ? t('tenancy.branding.currentColour', { colour: props.accentColour, ratio })
            : t('tenancy.branding.defaultColour')}
        </dd>
      </dl>
      <form
        method="post"
        action={`/${t.lang}/municipalities/${m.id}/admin/branding`}
        enctype="multipart/form-data"
        class="form"
        novalidate
      >
        <CsrfField token={props.csrfToken} />
        <TextField
          t={t}
          form={form}
          name="accentColour"
          label={labels.accentColour}
          hint={t('tenancy.branding.accentColourHint')}
          maxlength={20}
        />
        <LogoField t={t} form={form} label={labels.logo} />
        {props.logoUrl && (
          <div class="ds-field">
            <input
              class="ds-input"
              type="checkbox"
              id="field-removeLogo"
              name="removeLogo"
              checked={form.values.removeLogo === 'on'}
            />
            <label class="ds-label" for="field-removeLogo">
              {t('tenancy.branding.removeLogo')}
            </label>
          </div>
        )}
        <div>
          <SubmitButton>{t('tenancy.branding.submit')}</SubmitButton>
        </div>
      </form>
    </Layout>
  );
}
