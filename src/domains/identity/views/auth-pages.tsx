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
    notice?: MessageKey | undefined;
    problem?: MessageKey | undefined;
  },
) {
  const { t, form } = props;
  const labels = { email: t('login.email'), password: t('login.password') };
  return (
    <Layout {...props} title={t('login.title')}>
      <ErrorSummary
        t={t}
        form={form}
        labels={labels}
        formError={props.failed ? t('login.failed') : undefined}
      />
      <Notice t={t} messageKey={props.notice} />
      <ProblemNotice t={t} messageKey={props.problem} />
      <h1 class="ds-heading" data-size="lg">
        {t('login.title')}
      </h1>
      <form method="post" action={`/${t.lang}/login`} class="form" novalidate>
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
          <SubmitButton>{t('login.submit')}</SubmitButton>
        </div>
      </form>
      <p class="ds-paragraph">
        {t('login.noAccount')}{' '}
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
    name: t('register.name'),
    email: t('register.email'),
    password: t('register.password'),
    municipalityId: t('register.municipality'),
  };
  return (
    <Layout {...props} title={t('register.title')}>
      <ErrorSummary t={t} form={form} labels={labels} />
      <h1 class="ds-heading" data-size="lg">
        {t('register.title')}
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
          hint={t('register.passwordHint')}
          autocomplete="new-password"
          keepValue={false}
          required
        />
        <SelectField
          t={t}
          form={form}
          name="municipalityId"
          label={labels.municipalityId}
          hint={t('register.municipalityHint')}
          placeholder={t('register.choose')}
          options={props.municipalities}
          required
        />
        <div>
          <SubmitButton>{t('register.submit')}</SubmitButton>
        </div>
      </form>
    </Layout>
  );
}
