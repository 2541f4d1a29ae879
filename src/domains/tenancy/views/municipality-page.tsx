import type { MunicipalRole } from '../../../vocabulary/actor.ts';
import { langOf } from '../../../web/components/content.tsx';
import {
  CsrfField,
  ErrorSummary,
  emptyForm,
  type FormState,
  Notice,
  ProblemNotice,
  SubmitButton,
  TextField,
} from '../../../web/components/forms.tsx';
import type { MessageKey } from '../../../web/i18n/index.ts';
import { Layout, type PageContext } from '../../../web/layout.tsx';
import { SearchBox } from '../../search/views/search-box.tsx';
import type { MunicipalityRow } from '../tenancy.queries.ts';

type Props = PageContext & {
  municipality: MunicipalityRow;
  departments: { id: string; name: string }[];
  roles: MunicipalRole[];
  isAdmin: boolean;
  /** Staff, managers, politicians and admins see the internal steering pages. */
  seesSteering: boolean;
  oidcAvailable: boolean;
  notice?: MessageKey | undefined;
  problem?: MessageKey | undefined;
  departmentForm?: FormState | undefined;
};

export function MunicipalityPage(props: Props) {
  const { t, municipality: m } = props;
  const lang = t.lang;
  const base = `/${lang}/municipalities/${m.id}`;
  const form = props.departmentForm ?? emptyForm;
  return (
    <Layout {...props} title={m.name} municipality={m}>
      {props.isAdmin && (
        <ErrorSummary
          t={t}
          form={form}
          labels={{ name: t('tenancy.municipality.departmentName') }}
        />
      )}
      <Notice t={t} messageKey={props.notice} />
      <ProblemNotice t={t} messageKey={props.problem} />
      {m.hasDemoContent && (
        <div class="ds-alert demo-banner" data-color="warning">
          <p class="ds-paragraph">{t('tenancy.municipality.demo')}</p>
        </div>
      )}
      <h1 class="ds-heading" data-size="lg">
        {m.name}
      </h1>
      <SearchBox t={t} municipalityId={m.id} label={t('search.box.label', { name: m.name })} />
      <dl class="facts">
        <dt>{t('tenancy.municipality.code')}</dt>
        <dd>{m.code}</dd>
        <dt>
          {t(
            m.country === 'NO' ? 'tenancy.municipality.countyNO' : 'tenancy.municipality.countySE',
          )}
        </dt>
        <dd>{m.county.name}</dd>
        <dt>{t('tenancy.municipality.country')}</dt>
        <dd>{t(m.country === 'NO' ? 'tenancy.country.NO' : 'tenancy.country.SE')}</dd>
      </dl>
      {props.roles.length > 0 && (
        <p class="ds-paragraph">
          {t('tenancy.municipality.yourRoles')}:{' '}
          {props.roles.map((r) => t(`identity.role.${r}`)).join(', ')}
        </p>
      )}
      {props.actor.kind === 'anonymous' && props.oidcAvailable && (
        <p class="ds-paragraph">
          <a class="ds-button" data-variant="secondary" href={`${base}/login`}>
            {t('tenancy.municipality.loginWithIdp', { name: m.name })}
          </a>
        </p>
      )}
      <nav aria-labelledby="steering-heading">
        <h2 class="ds-heading" data-size="sm" id="steering-heading">
          {t('steering.nav')}
        </h2>
        <ul class="ds-list">
          <li>
            <a class="ds-link" href={`${base}/future-story`}>
              {t('steering.futureStory')}
            </a>
          </li>
          <li>
            <a class="ds-link" href={`${base}/goals`}>
              {t('steering.goals')}
            </a>
          </li>
          <li>
            <a class="ds-link" href={`${base}/initiatives`}>
              {t('steering.initiatives')}
            </a>
          </li>
          <li>
            <a class="ds-link" href={`${base}/roadmap`}>
              {t('steering.roadmap')}
            </a>
          </li>
          <li>
            <a class="ds-link" href={`${base}/decisions`}>
              {t('tenancy.municipality.decisions')}
            </a>
          </li>
          {props.seesSteering && (
            <>
              <li>
                <a class="ds-link" href={`${base}/dashboard`}>
                  {t('steering.dashboard')}
                </a>
              </li>
              <li>
                <a class="ds-link" href={`${base}/prioritisation`}>
                  {t('steering.prioritisation')}
                </a>
              </li>
              <li>
                <a class="ds-link" href={`${base}/systems`}>
                  {t('steering.systems')}
                </a>
              </li>
            </>
          )}
        </ul>
      </nav>
      <h2 class="ds-heading" data-size="sm">
        {t('tenancy.municipality.departments')}
      </h2>
      {props.departments.length === 0 ? (
        <p class="ds-paragraph">{t('tenancy.municipality.noDepartments')}</p>
      ) : (
        <ul class="ds-list">
          {props.departments.map((d) => (
            <li>
              <a class="ds-link" href={`${base}/departments/${d.id}`} lang={langOf(t)}>
                {d.name}
              </a>
            </li>
          ))}
        </ul>
      )}
      {props.isAdmin && (
        <section aria-labelledby="admin-heading" class="stack">
          <h2 class="ds-heading" data-size="sm" id="admin-heading">
            {t('tenancy.municipality.admin')}
          </h2>
          <ul class="ds-list">
            <li>
              <a class="ds-link" href={`${base}/admin/roles`}>
                {t('tenancy.municipality.adminRoles')}
              </a>
            </li>
            <li>
              <a class="ds-link" href={`${base}/admin/audit`}>
                {t('tenancy.municipality.adminAudit')}
              </a>
            </li>
            <li>
              <a class="ds-link" href={`${base}/admin/login`}>
                {t('tenancy.municipality.adminLogin')}
              </a>
            </li>
            <li>
              <a class="ds-link" href={`${base}/admin/branding`}>
                {t('tenancy.municipality.adminBranding')}
              </a>
            </li>
          </ul>
          <form method="post" action={`${base}/departments`} class="form" novalidate>
            <CsrfField token={props.csrfToken} />
            <TextField
              t={t}
              form={form}
              name="name"
              label={t('tenancy.municipality.departmentName')}
              required
              maxlength={200}
            />
            <div>
              <SubmitButton variant="secondary">
                {t('tenancy.municipality.addDepartment')}
              </SubmitButton>
            </div>
          </form>
        </section>
      )}
    </Layout>
  );
}
