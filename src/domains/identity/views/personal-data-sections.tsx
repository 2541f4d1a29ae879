import {
  CsrfField,
  type FormState,
  SubmitButton,
  TextField,
} from '../../../web/components/forms.tsx';
import type { Translator } from '../../../web/i18n/index.ts';

export type DeletionProps = {
  email: string;
  /** Accounts with a password confirm with it; the others type their e-mail address. */
  hasPassword: boolean;
  /** Demo accounts are shared and cannot be deleted. */
  isDemo: boolean;
  form: FormState;
};

/** The label of the deletion form's one field, for the field and the error summary. */
export function confirmationLabel(t: Translator, hasPassword: boolean): string {
  return hasPassword ? t('identity.delete.password') : t('identity.delete.email');
}

/** "Your data": the download of everything kept about the person, and the deletion of the account. */
export function PersonalDataSections(props: { t: Translator; csrfToken: string } & DeletionProps) {
  const { t } = props;
  return (
    <>
      <h2 class="ds-heading" data-size="sm" id="your-data">
        {t('identity.data.title')}
      </h2>
      <p class="ds-paragraph">{t('identity.data.lead')}</p>
      <p class="ds-paragraph">
        <a class="ds-link" href={`/${t.lang}/account/data`} download>
          {t('identity.data.download')}
        </a>
      </p>
      <h2 class="ds-heading" data-size="sm" id="delete-account">
        {t('identity.delete.title')}
      </h2>
      {props.isDemo ? (
        <p class="ds-paragraph">{t('identity.delete.demo')}</p>
      ) : (
        <>
          <p class="ds-paragraph">{t('identity.delete.lead')}</p>
          <form method="post" action={`/${t.lang}/account/delete`} class="form" novalidate>
            <CsrfField token={props.csrfToken} />
            <TextField
              t={t}
              form={props.form}
              name="confirmation"
              type={props.hasPassword ? 'password' : 'email'}
              autocomplete={props.hasPassword ? 'current-password' : 'off'}
              keepValue={false}
              label={confirmationLabel(t, props.hasPassword)}
              hint={
                props.hasPassword
                  ? t('identity.delete.passwordHint')
                  : t('identity.delete.emailHint', { email: props.email })
              }
              required
              maxlength={256}
            />
            <div>
              <SubmitButton variant="secondary">{t('identity.delete.submit')}</SubmitButton>
            </div>
          </form>
        </>
      )}
    </>
  );
}
