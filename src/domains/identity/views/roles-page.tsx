import { municipalRoles } from '../../../vocabulary/actor.ts';
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
};

/** The admin's page to grant and revoke roles in their municipality. */
export function RolesPage(props: Props) {
  const { t, municipality: m } = props;
  const base = `/${t.lang}/municipalities/${m.id}/admin/roles`;
  const labels = {
    email: t('roles.email'),
    role: t('roles.role'),
    departmentId: t('roles.department'),
  };
  const roleLabel = (r: string) =>
    (municipalRoles as readonly string[]).includes(r)
      ? t(`role.${r as (typeof municipalRoles)[number]}`)
      : r;
  return (
    <Layout {...props} title={t('roles.title', { name: m.name })} municipality={m}>
      <ErrorSummary t={t} form={props.form} labels={labels} />
      <Notice t={t} messageKey={props.notice} />
      <h1 class="ds-heading" data-size="lg">
        {t('roles.title', { name: m.name })}
      </h1>
      {props.grants.length === 0 ? (
        <p class="ds-paragraph">{t('roles.none')}</p>
      ) : (
        <ScrollableTable label={t('roles.title', { name: m.name })}>
          <thead>
            <tr>
              <th scope="col">{t('roles.user')}</th>
              <th scope="col">{t('roles.role')}</th>
              <th scope="col">{t('roles.department')}</th>
              <th scope="col">{t('roles.since')}</th>
              <th scope="col">
                <span class="ds-sr-only">{t('account.revoke')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {props.grants.map((g) => (
              <tr>
                <td>
                  {g.name} <span class="muted">{g.email}</span>
                </td>
                <td>{roleLabel(g.role)}</td>
                <td>{g.departmentName ?? ''}</td>
                <td>{t.date(g.grantedAt)}</td>
                <td>
                  <RevokeButton
                    t={t}
                    action={`${base}/${g.id}/revoke`}
                    csrfToken={props.csrfToken}
                    what={`${roleLabel(g.role)}, ${g.email}`}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </ScrollableTable>
      )}
      <h2 class="ds-heading" data-size="sm">
        {t('roles.grant')}
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
          options={municipalRoles.map((r) => ({ value: r, label: t(`role.${r}`) }))}
          required
        />
        <SelectField
          t={t}
          form={props.form}
          name="departmentId"
          label={labels.departmentId}
          hint={t('roles.departmentHint')}
          placeholder={t('roles.noDepartment')}
          options={props.departments.map((d) => ({ value: d.id, label: d.name }))}
        />
        <div>
          <SubmitButton>{t('roles.submit')}</SubmitButton>
        </div>
      </form>
    </Layout>
  );
}
