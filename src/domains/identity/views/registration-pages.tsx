import { CsrfField, SubmitButton } from '../../../web/components/forms.tsx';
import type { MessageKey } from '../../../web/i18n/index.ts';
import { Layout, type PageContext } from '../../../web/layout.tsx';
import { REGISTRATION_LINK_HOURS, type RegistrationLinkStatus } from '../registration.ts';

/**
 * The answer to every valid registration, whether or not the address has an account: only the
 * address differs, so the page tells nobody which addresses are registered.
 */
export function RegisterSentPage(props: PageContext & { email: string }) {
  const { t } = props;
  return (
    <Layout {...props} title={t('identity.register.sentTitle')}>
      <h1 class="ds-heading" data-size="lg">
        {t('identity.register.sentTitle')}
      </h1>
      <p class="ds-paragraph" role="status">
        {t('identity.register.sent', { email: props.email })}
      </p>
      <p class="ds-paragraph">
        {t('identity.register.sentExpiry', { hours: REGISTRATION_LINK_HOURS })}
      </p>
    </Layout>
  );
}

/**
 * A link from a confirmation mail, asking for one press before the account is created: mail
 * scanners that open every link in a mail must not use it up.
 */
export function ConfirmRegistrationPage(
  props: PageContext & {
    token: string;
    registration: { name: string; email: string; municipality: string };
  },
) {
  const { t, registration } = props;
  return (
    <Layout {...props} title={t('identity.register.confirmTitle')}>
      <h1 class="ds-heading" data-size="lg">
        {t('identity.register.confirmTitle')}
      </h1>
      <p class="ds-paragraph">{t('identity.register.confirmLead')}</p>
      <dl class="facts">
        <dt>{t('identity.register.name')}</dt>
        <dd>{registration.name}</dd>
        <dt>{t('identity.register.email')}</dt>
        <dd>{registration.email}</dd>
        <dt>{t('identity.register.municipality')}</dt>
        <dd>{registration.municipality}</dd>
      </dl>
      <form method="post" action={`/${t.lang}/register/confirm`} class="form">
        <CsrfField token={props.csrfToken} />
        <input type="hidden" name="token" value={props.token} />
        <div>
          <SubmitButton>{t('identity.register.confirmSubmit')}</SubmitButton>
        </div>
      </form>
    </Layout>
  );
}

const problems: Record<
  Exclude<RegistrationLinkStatus, 'valid'>,
  { title: MessageKey; text: MessageKey; next: 'login' | 'register' }
> = {
  unknown: {
    title: 'identity.register.linkUnknownTitle',
    text: 'identity.register.linkUnknown',
    next: 'register',
  },
  expired: {
    title: 'identity.register.linkExpiredTitle',
    text: 'identity.register.linkExpired',
    next: 'register',
  },
  used: {
    title: 'identity.register.linkUsedTitle',
    text: 'identity.register.linkUsed',
    next: 'login',
  },
  accountExists: {
    title: 'identity.register.accountExistsTitle',
    text: 'identity.register.accountExists',
    next: 'login',
  },
};

/** A registration link that cannot create an account, saying why and where to go instead. */
export function RegistrationLinkProblemPage(
  props: PageContext & { status: Exclude<RegistrationLinkStatus, 'valid'> },
) {
  const { t } = props;
  const problem = problems[props.status];
  return (
    <Layout {...props} title={t(problem.title)}>
      <h1 class="ds-heading" data-size="lg">
        {t(problem.title)}
      </h1>
      <p class="ds-paragraph">{t(problem.text, { hours: REGISTRATION_LINK_HOURS })}</p>
      <p class="ds-paragraph">
        {problem.next === 'login' ? (
          <a class="ds-link" href={`/${t.lang}/login`}>
            {t('identity.login.title')}
          </a>
        ) : (
          <a class="ds-link" href={`/${t.lang}/register`}>
            {t('identity.register.again')}
          </a>
        )}
      </p>
    </Layout>
  );
}
