import {
  CsrfField,
  ErrorSummary,
  type FormState,
  Notice,
  SelectField,
  SubmitButton,
  TextField,
} from '../../../web/components/forms.tsx';
import type { MessageKey } from '../../../web/i18n/index.ts';
import { Layout, type PageContext } from '../../../web/layout.tsx';
import { RevocableTable } from './revocable-table.tsx';

type Props = PageContext & {
  coordinators: {
    id: string;
    email: string;
    name: string;
    countyName: string | null;
    grantedAt: Date;
  }[];
  counties: { id: string; name: string; country: string }[];
  form: FormState;
  notice?: MessageKey | undefined;
};

/** Whole-network coordinators appoint and revoke coordinators of counties and of the network. */
export function CoordinatorsPage(props: Props) {
  const { t } = props;
  const base = `/${t.lang}/network/coordinators`;
  const labels = { email: t('identity.roles.email'), countyId: t('identity.network.county') };
  return (
    <Layout {...props} title={t('identity.network.title')}>
      <ErrorSummary t={t} form={props.form} labels={labels} />
      <Notice t={t} messageKey={props.notice} />
      <h1 class="ds-heading" data-size="lg">
        {t('identity.network.title')}
      </h1>
      <p class="ds-paragraph">{t('identity.network.lead')}</p>
      {props.coordinators.length === 0 ? (
        <p class="ds-paragraph">{t('identity.network.none')}</p>
      ) : (
        <RevocableTable
          t={t}
          label={t('identity.network.title')}
          csrfToken={props.csrfToken}
          columns={[
            t('identity.roles.user'),
            t('identity.network.county'),
            t('identity.roles.since'),
          ]}
          rows={props.coordinators.map((c) => ({
            cells: [
              <>
                {c.name} <span class="muted">{c.email}</span>
              </>,
              c.countyName ?? t('identity.network.wholeNetwork'),
              t.date(c.grantedAt),
            ],
            revoke: { action: `${base}/${c.id}/revoke`, what: c.email },
          }))}
        />
      )}
      <h2 class="ds-heading" data-size="sm">
        {t('identity.network.grant')}
      </h2>
      <form method="post" action={base} class="form" novalidate>
        <CsrfField token={props.csrfToken} />
        <TextField
          t={t}
          form={props.form}
          name="email"
          type="email"
          label={labels.email}
          required
        />
        <SelectField
          t={t}
          form={props.form}
          name="countyId"
          label={labels.countyId}
          placeholder={t('identity.network.wholeNetwork')}
          options={props.counties.map((c) => ({
            value: c.id,
            label: c.name,
            group: t(c.country === 'NO' ? 'tenancy.country.NO' : 'tenancy.country.SE'),
          }))}
        />
        <div>
          <SubmitButton>{t('identity.network.submit')}</SubmitButton>
        </div>
      </form>
    </Layout>
  );
}
