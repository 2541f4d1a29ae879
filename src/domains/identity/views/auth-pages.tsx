import {
  CsrfField,
  ErrorSummary,
  type FormState,
  Notice,
  ProblemNotice,
  SelectField,
  SubmitButton,
  TextField,
} from '../../../web/components/forms.tsx';
import type { MessageKey } from '../../../web/i18n/index.ts';
import { Layout, type PageContext } from '../../../web/layout.tsx';

export function LoginPage(
  props: PageContext & {
    form: FormState;
    failed: boolean;
    /** Set when this address has had too many wrong passwords in a row. */
    waitSeconds?: number | undefined;
    notice?: MessageKey | undefined;
    problem?: MessageKey | undefined;
    /** Where to go after signing in, already checked by safeReturnPath; kept through failed tries. */
    returnTo?: string | undefined;
  },
) {
  const { t, form } = props;
  const action = props.returnTo
    ? `/${t.lang}/login?next=${encodeURIComponent(props.returnTo)}`
    : `/${t.lang}/login`;
  const labels = { email: t('identity.login.email'), password: t('identity.login.password') };
  return (
    <Layout {...props} title={t('identity.login.title')}>
      <ErrorSummary
        t={t}
        form={form}
        labels={labels}
        formError={
          props.waitSeconds
            ? t('identity.login.wait', { seconds: props.waitSeconds })
            : props.failed
              ? t('identity.login.failed')
              : undefined
        }
      />
      <Notice t={t} messageKey={props.notice} />
      <ProblemNotice t={t} messageKey={props.problem} />
      <h1 class="ds-heading" data-size="lg">
        {t('identity.login.title')}
      </h1>
      <form method="post" action={action} class="form" novalidate>
        <CsrfField token={props.csrfToken} />
        <TextField
          t={t}
          form={form}
          name="email"
          type="email"
          label={labels.email}
          autocomplete="username"
          required
        />
        <TextField
          t={t}
          form={form}
          name="password"
          type="password"
          label={labels.password}
          autocomplete="current-password"
          keepValue={false}
          required
        />
        <div>
          <SubmitButton>{t('identity.login.submit')}</SubmitButton>
        </div>
      </form>
      <p class="ds-paragraph">
        <a class="ds-link" href={`/${t.lang}/password-reset`}>
          {t('identity.login.forgot')}
        </a>
      </p>
      <p class="ds-paragraph">
        {t('identity.login.noAccount')}{' '}
        <a class="ds-link" href={`/${t.lang}/register`}>
          {t('nav.register')}
        </a>
      </p>
    </Layout>
  );
}

type MunicipalityOption = { value: string; label: string; group: string };

export function RegisterPage(
  props: PageContext & { form: FormState; municipalities: MunicipalityOption[] },
) {
  const { t, form } = props;
  const labels = {
    name: t('identity.register.name'),
    email: t('identity.register.email'),
    password: t('identity.register.password'),
    municipalityId: t('identity.register.municipality'),
  };
  return (
    <Layout {...props} title={t('identity.register.title')}>
      <ErrorSummary t={t} form={form} labels={labels} />
      <h1 class="ds-heading" data-size="lg">
        {t('identity.register.title')}
      </h1>
      <form method="post" action={`/${t.lang}/register`} class="form" novalidate>
        <CsrfField token={props.csrfToken} />
        <TextField
          t={t}
          form={form}
          name="name"
          label={labels.name}
          autocomplete="name"
          required
          maxlength={200}
        />
        <TextField
          t={t}
          form={form}
          name="email"
          type="email"
          label={labels.email}
          autocomplete="email"
          required
        />
        <TextField
          t={t}
          form={form}
          name="password"
          type="password"
          label={labels.password}
          hint={t('identity.register.passwordHint')}
          autocomplete="new-password"
          keepValue={false}
          required
        />
        <SelectField
          t={t}
          form={form}
          name="municipalityId"
          label={labels.municipalityId}
          hint={t('identity.register.municipalityHint')}
          placeholder={t('identity.register.choose')}
          options={props.municipalities}
          required
        />
        <div>
          <SubmitButton>{t('identity.register.submit')}</SubmitButton>
        </div>
      </form>
    </Layout>
  );
}
