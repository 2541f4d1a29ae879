import {
  CsrfField,
  ErrorSummary,
  type FormState,
  SubmitButton,
  TextField,
} from '../../../web/components/forms.tsx';
import type { MessageKey } from '../../../web/i18n/index.ts';
import { Layout, type PageContext } from '../../../web/layout.tsx';
import { PASSWORD_RESET_LINK_HOURS, type PasswordResetLinkStatus } from '../password-reset.ts';

/** The form asking for a link that sets a new password. */
export function PasswordResetRequestPage(props: PageContext & { form: FormState }) {
  const { t, form } = props;
  const labels = { email: t('identity.reset.email') };
  return (
    <Layout {...props} title={t('identity.reset.title')}>
      <ErrorSummary t={t} form={form} labels={labels} />
      <h1 class="ds-heading" data-size="lg">
        {t('identity.reset.title')}
      </h1>
      <p class="ds-paragraph">{t('identity.reset.lead')}</p>
      <form method="post" action={`/${t.lang}/password-reset`} class="form" novalidate>
        <CsrfField token={props.csrfToken} />
        <TextField
          t={t}
          form={form}
          name="email"
          type="email"
          label={labels.email}
          autocomplete="email"
          required
        />
        <div>
          <SubmitButton>{t('identity.reset.submit')}</SubmitButton>
        </div>
      </form>
    </Layout>
  );
}

/**
 * The answer to every valid request, whether or not the address has an account: only the address
 * differs, so the page tells nobody which addresses are registered.
 */
export function PasswordResetSentPage(props: PageContext & { email: string }) {
  const { t } = props;
  return (
    <Layout {...props} title={t('identity.reset.sentTitle')}>
      <h1 class="ds-heading" data-size="lg">
        {t('identity.reset.sentTitle')}
      </h1>
      <p class="ds-paragraph" role="status">
        {t('identity.reset.sent', { email: props.email })}
      </p>
      <p class="ds-paragraph">
        {t('identity.reset.sentExpiry', { hours: PASSWORD_RESET_LINK_HOURS })}
      </p>
    </Layout>
  );
}

/** A working link's page: the new password. Opening it uses nothing up; only sending the form does. */
export function NewPasswordPage(props: PageContext & { token: string; form: FormState }) {
  const { t, form } = props;
  const labels = { password: t('identity.reset.password') };
  return (
    <Layout {...props} title={t('identity.reset.newTitle')}>
      <ErrorSummary t={t} form={form} labels={labels} />
      <h1 class="ds-heading" data-size="lg">
        {t('identity.reset.newTitle')}
      </h1>
      <p class="ds-paragraph">{t('identity.reset.newLead')}</p>
      <form
        method="post"
        action={`/${t.lang}/password-reset/${props.token}`}
        class="form"
        novalidate
      >
        <CsrfField token={props.csrfToken} />
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
        <div>
          <SubmitButton>{t('identity.reset.newSubmit')}</SubmitButton>
        </div>
      </form>
    </Layout>
  );
}

const problems: Record<
  Exclude<PasswordResetLinkStatus, 'valid'>,
  { title: MessageKey; text: MessageKey }
> = {
  unknown: { title: 'identity.reset.linkUnknownTitle', text: 'identity.reset.linkUnknown' },
  expired: { title: 'identity.reset.linkExpiredTitle', text: 'identity.reset.linkExpired' },
  used: { title: 'identity.reset.linkUsedTitle', text: 'identity.reset.linkUsed' },
};

/** A password reset link that cannot set a password, saying why, with the ways on. */
export function PasswordResetLinkProblemPage(
  props: PageContext & { status: Exclude<PasswordResetLinkStatus, 'valid'> },
) {
  const { t } = props;
  const problem = problems[props.status];
  return (
    <Layout {...props} title={t(problem.title)}>
      <h1 class="ds-heading" data-size="lg">
        {t(problem.title)}
      </h1>
      <p class="ds-paragraph">{t(problem.text, { hours: PASSWORD_RESET_LINK_HOURS })}</p>
      <ul class="ds-list">
        <li>
          <a class="ds-link" href={`/${t.lang}/password-reset`}>
            {t('identity.reset.again')}
          </a>
        </li>
        <li>
          <a class="ds-link" href={`/${t.lang}/login`}>
            {t('identity.login.title')}
          </a>
        </li>
      </ul>
    </Layout>
  );
}
