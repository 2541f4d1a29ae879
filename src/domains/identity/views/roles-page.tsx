import { municipalRoles } from '../../../vocabulary/actor.ts';
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
import { RevocableTable } from './revocable-table.tsx';

type Props = PageContext & {
  municipality: { id: string; name: string };
  grants: {
    id: string;
    role: string;
    email: string;
    name: string;
    departmentName: string | null;
    grantedAt: Date;
  }[];
  departments: { id: string; name: string }[];
  form: FormState;
  notice?: MessageKey | undefined;
  problem?: MessageKey | undefined;
};

/** The admin's page to grant and revoke roles in their municipality. */
export function RolesPage(props: Props) {
  const { t, municipality: m } = props;
  const base = `/${t.lang}/municipalities/${m.id}/admin/roles`;
  const labels = {
    email: t('identity.roles.email'),
    role: t('identity.roles.role'),
    departmentId: t('identity.roles.department'),
  };
  const roleLabel = (r: string) =>
    (municipalRoles as readonly string[]).includes(r)
      ? t(`identity.role.${r as (typeof municipalRoles)[number]}`)
      : r;
  return (
    <Layout {...props} title={t('identity.roles.title', { name: m.name })} municipality={m}>
      <ErrorSummary t={t} form={props.form} labels={labels} />
      <Notice t={t} messageKey={props.notice} />
      <ProblemNotice t={t} messageKey={props.problem} />
      <h1 class="ds-heading" data-size="lg">
        {t('identity.roles.title', { name: m.name })}
      </h1>
      {props.grants.length === 0 ? (
        <p class="ds-paragraph">{t('identity.roles.none')}</p>
      ) : (
        <RevocableTable
          t={t}
          label={t('identity.roles.title', { name: m.name })}
          csrfToken={props.csrfToken}
          columns={[
            t('identity.roles.user'),
            t('identity.roles.role'),
            t('identity.roles.department'),
            t('identity.roles.since'),
          ]}
          rows={props.grants.map((g) => ({
            cells: [
              <>
                {g.name} <span class="muted">{g.email}</span>
              </>,
              roleLabel(g.role),
              g.departmentName ?? '',
              t.date(g.grantedAt),
            ],
            revoke: { action: `${base}/${g.id}/revoke`, what: `${roleLabel(g.role)}, ${g.email}` },
          }))}
        />
      )}
      <h2 class="ds-heading" data-size="sm">
        {t('identity.roles.grant')}
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
          name="role"
          label={labels.role}
          options={municipalRoles.map((r) => ({ value: r, label: t(`identity.role.${r}`) }))}
          required
        />
        <SelectField
          t={t}
          form={props.form}
          name="departmentId"
          label={labels.departmentId}
          hint={t('identity.roles.departmentHint')}
          placeholder={t('identity.roles.noDepartment')}
          options={props.departments.map((d) => ({ value: d.id, label: d.name }))}
        />
        <div>
          <SubmitButton>{t('identity.roles.submit')}</SubmitButton>
        </div>
      </form>
    </Layout>
  );
}
