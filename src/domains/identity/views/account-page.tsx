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
import { API_TOKEN_DEFAULT_DAYS, API_TOKEN_MAX_DAYS } from '../identity.inputs.ts';
import {
  confirmationLabel,
  type DeletionProps,
  PersonalDataSections,
} from './personal-data-sections.tsx';
import { RevocableTable } from './revocable-table.tsx';

type Props = PageContext & {
  name: string;
  email: string;
  roles: { label: string; where: string }[];
  tokens: {
    id: string;
    name: string;
    municipalityName: string;
    createdAt: Date;
    expiresAt: Date;
    lastUsedAt: Date | null;
  }[];
  tokenMunicipalities: { value: string; label: string }[];
  tokenForm: FormState;
  newToken?: string | undefined;
  coordinatesNetwork?: boolean;
  loginLinks: { municipalityId: string; name: string; linked: boolean }[];
  /** Only an account whose roles are all in one municipality may link its login service. */
  mayLinkLogin: boolean;
  notice?: MessageKey | undefined;
  problem?: MessageKey | undefined;
  deletion: DeletionProps;
};

/** A new token's form starts at the default lifetime. */
function tokenFormWithDefaults(form: FormState): FormState {
  if (form.values.expiresInDays !== undefined) return form;
  return { ...form, values: { ...form.values, expiresInDays: String(API_TOKEN_DEFAULT_DAYS) } };
}

export function AccountPage(props: Props) {
  const { t } = props;
  const labels = {
    name: t('identity.account.tokenName'),
    municipalityId: t('identity.account.tokenMunicipality'),
    expiresInDays: t('identity.account.tokenDays'),
  };
  return (
    <Layout {...props} title={t('identity.account.title')}>
      <ErrorSummary t={t} form={props.tokenForm} labels={labels} />
      <ErrorSummary
        t={t}
        form={props.deletion.form}
        labels={{ confirmation: confirmationLabel(t, props.deletion.hasPassword) }}
      />
      <Notice t={t} messageKey={props.notice} />
      <ProblemNotice t={t} messageKey={props.problem} />
      <h1 class="ds-heading" data-size="lg">
        {t('identity.account.title')}
      </h1>
      <p class="ds-paragraph">
        {props.name} ({props.email})
      </p>
      <h2 class="ds-heading" data-size="sm">
        {t('identity.account.roles')}
      </h2>
      {props.roles.length === 0 ? (
        <p class="ds-paragraph">{t('identity.account.noRoles')}</p>
      ) : (
        <ul class="ds-list">
          {props.roles.map((r) => (
            <li>
              {r.label}
              {r.where ? ` – ${r.where}` : ''}
            </li>
          ))}
        </ul>
      )}
      {props.coordinatesNetwork && (
        <p class="ds-paragraph">
          <a class="ds-link" href={`/${t.lang}/network/coordinators`}>
            {t('identity.network.manage')}
          </a>
        </p>
      )}
      {props.loginLinks.length > 0 && (
        <>
          <h2 class="ds-heading" data-size="sm">
            {t('identity.account.loginLinks')}
          </h2>
          <p class="ds-paragraph">
            {props.mayLinkLogin
              ? t('identity.account.loginLinksLead')
              : t('identity.account.rolesElsewhere')}
          </p>
          {props.loginLinks.map((link) =>
            link.linked ? (
              <p class="ds-paragraph">
                {t('identity.account.loginLinked', { municipality: link.name })}
              </p>
            ) : (
              props.mayLinkLogin && (
                <form method="post" action={`/${t.lang}/account/login-links`}>
                  <CsrfField token={props.csrfToken} />
                  <input type="hidden" name="municipality" value={link.municipalityId} />
                  <SubmitButton variant="secondary">
                    {t('identity.account.linkLogin', { municipality: link.name })}
                  </SubmitButton>
                </form>
              )
            ),
          )}
        </>
      )}
      {/* API keys are for the municipality's staff; residents never see them. */}
      {(props.tokenMunicipalities.length > 0 || props.tokens.length > 0) && (
        <>
          <h2 class="ds-heading" data-size="sm">
            {t('identity.account.tokens')}
          </h2>
          <p class="ds-paragraph">{t('identity.account.tokensLead')}</p>
          {props.newToken && (
            <div class="ds-alert" data-color="success" role="status">
              <p class="ds-paragraph">{t('identity.account.tokenCreated')}</p>
              <p class="ds-paragraph token-secret" id="new-token">
                {props.newToken}
              </p>
            </div>
          )}
          {props.tokens.length === 0 ? (
            <p class="ds-paragraph">{t('identity.account.noTokens')}</p>
          ) : (
            <RevocableTable
              t={t}
              label={t('identity.account.tokens')}
              csrfToken={props.csrfToken}
              columns={[
                t('identity.account.tokenName'),
                t('identity.account.tokenMunicipality'),
                t('identity.account.created'),
                t('identity.account.expires'),
                t('identity.account.lastUsed'),
              ]}
              rows={props.tokens.map((tok) => ({
                cells: [
                  tok.name,
                  tok.municipalityName,
                  t.date(tok.createdAt, true),
                  t.date(tok.expiresAt, true),
                  tok.lastUsedAt ? t.date(tok.lastUsedAt, true) : t('identity.account.never'),
                ],
                revoke: { action: `/${t.lang}/account/tokens/${tok.id}/revoke`, what: tok.name },
              }))}
            />
          )}
          {props.tokenMunicipalities.length > 0 && (
            <form method="post" action={`/${t.lang}/account/tokens`} class="form" novalidate>
              <CsrfField token={props.csrfToken} />
              <TextField
                t={t}
                form={props.tokenForm}
                name="name"
                label={labels.name}
                required
                maxlength={100}
              />
              <SelectField
                t={t}
                form={props.tokenForm}
                name="municipalityId"
                label={labels.municipalityId}
                options={props.tokenMunicipalities}
                required
              />
              <TextField
                t={t}
                form={tokenFormWithDefaults(props.tokenForm)}
                name="expiresInDays"
                type="number"
                number={{ integer: true, min: 1, max: API_TOKEN_MAX_DAYS }}
                label={labels.expiresInDays}
                hint={t('identity.account.tokenDaysHint', { max: API_TOKEN_MAX_DAYS })}
                required
              />
              <div>
                <SubmitButton variant="secondary">{t('identity.account.createToken')}</SubmitButton>
              </div>
            </form>
          )}
        </>
      )}
      <PersonalDataSections t={t} csrfToken={props.csrfToken} {...props.deletion} />
    </Layout>
  );
}
