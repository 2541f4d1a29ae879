import {
  CsrfField,
  ErrorSummary,
  type FormState,
  Notice,
  RevokeButton,
  SelectField,
  SubmitButton,
  TextField,
} from '../../../web/components/forms.tsx';
import { ScrollableTable } from '../../../web/components/table.tsx';
import type { MessageKey } from '../../../web/i18n/index.ts';
import { Layout, type PageContext } from '../../../web/layout.tsx';

type Props = PageContext & {
  name: string;
  email: string;
  roles: { label: string; where: string }[];
  tokens: {
    id: string;
    name: string;
    municipalityName: string;
    createdAt: Date;
    lastUsedAt: Date | null;
  }[];
  tokenMunicipalities: { value: string; label: string }[];
  tokenForm: FormState;
  newToken?: string | undefined;
  coordinatesNetwork?: boolean;
  notice?: MessageKey | undefined;
};

export function AccountPage(props: Props) {
  const { t } = props;
  const labels = {
    name: t('identity.account.tokenName'),
    municipalityId: t('identity.account.tokenMunicipality'),
  };
  return (
    <Layout {...props} title={t('identity.account.title')}>
      <ErrorSummary t={t} form={props.tokenForm} labels={labels} />
      <Notice t={t} messageKey={props.notice} />
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
            <ScrollableTable label={t('identity.account.tokens')}>
              <thead>
                <tr>
                  <th scope="col">{t('identity.account.tokenName')}</th>
                  <th scope="col">{t('identity.account.tokenMunicipality')}</th>
                  <th scope="col">{t('identity.account.created')}</th>
                  <th scope="col">{t('identity.account.lastUsed')}</th>
                  <th scope="col">
                    <span class="ds-sr-only">{t('identity.account.revoke')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {props.tokens.map((tok) => (
                  <tr>
                    <td>{tok.name}</td>
                    <td>{tok.municipalityName}</td>
                    <td>{t.date(tok.createdAt, true)}</td>
                    <td>
                      {tok.lastUsedAt ? t.date(tok.lastUsedAt, true) : t('identity.account.never')}
                    </td>
                    <td>
                      <RevokeButton
                        t={t}
                        action={`/${t.lang}/account/tokens/${tok.id}/revoke`}
                        csrfToken={props.csrfToken}
                        what={tok.name}
                      />
                    </td>
                  </tr>
                ))}
              </tbody>
            </ScrollableTable>
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
              <div>
                <SubmitButton variant="secondary">{t('identity.account.createToken')}</SubmitButton>
              </div>
            </form>
          )}
        </>
      )}
    </Layout>
  );
}
