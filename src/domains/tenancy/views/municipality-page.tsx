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
import type { StartTask } from '../../../web/start-page.ts';
import { SearchBox } from '../../search/views/search-box.tsx';
import type { MunicipalityRow } from '../tenancy.queries.ts';

type Props = PageContext & {
  municipality: MunicipalityRow;
  departments: { id: string; name: string }[];
  roles: MunicipalRole[];
  isAdmin: boolean;
  oidcAvailable: boolean;
  /** The domains' parts of the start page, drawn (future story, goals, initiatives, decisions). */
  sections: { id: string; content: unknown }[];
  /** What the signed-in user should do here; undefined for visitors and residents without any. */
  tasks: StartTask[] | undefined;
  notice?: MessageKey | undefined;
  problem?: MessageKey | undefined;
  departmentForm?: FormState | undefined;
};

/** The things waiting for the signed-in user in this municipality. */
function YourTasks(props: { t: Props['t']; tasks: StartTask[] }) {
  const { t, tasks } = props;
  return (
    <section class="ds-card start-tasks" aria-labelledby="tasks-heading">
      <h2 class="ds-heading" data-size="xs" id="tasks-heading">
        {t('tenancy.start.tasks')}
      </h2>
      {tasks.length === 0 ? (
        <p class="ds-paragraph">{t('tenancy.start.noTasks')}</p>
      ) : (
        <ul class="ds-list">
          {tasks.map((task) => (
            <li>
              <a class="ds-link" href={task.href}>
                {task.text}
              </a>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/**
 * A municipality's start page: who it is in one line, the search, the user's tasks, then each
 * domain's summary (future story, goals, initiatives, decisions) and the departments as cards.
 */
export function MunicipalityPage(props: Props) {
  const { t, municipality: m } = props;
  const base = `/${t.lang}/municipalities/${m.id}`;
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
      <p class="ds-paragraph start-lead">
        {t(m.country === 'NO' ? 'tenancy.start.leadNO' : 'tenancy.start.leadSE', {
          name: m.name,
          county: m.county.name,
        })}
        {props.roles.length > 0 &&
          ` ${t('tenancy.start.yourRoles', {
            roles: props.roles.map((r) => t(`identity.role.${r}`)).join(', '),
          })}`}
      </p>
      {props.actor.kind === 'anonymous' && props.oidcAvailable && (
        <p class="ds-paragraph">
          <a class="ds-button" data-variant="secondary" href={`${base}/login`}>
            {t('tenancy.municipality.loginWithIdp', { name: m.name })}
          </a>
        </p>
      )}
      <SearchBox t={t} municipalityId={m.id} label={t('search.box.label', { name: m.name })} />
      {props.tasks && <YourTasks t={t} tasks={props.tasks} />}
      {props.sections.length > 0 && (
        <div class="start-grid">{props.sections.map((s) => s.content as never)}</div>
      )}
      <section aria-labelledby="departments-heading" class="stack">
        <h2 class="ds-heading" data-size="sm" id="departments-heading">
          {t('tenancy.municipality.departments')}
        </h2>
        {props.departments.length === 0 ? (
          <p class="ds-paragraph">{t('tenancy.municipality.noDepartments')}</p>
        ) : (
          <ul class="department-cards">
            {props.departments.map((d) => (
              <li>
                <a
                  class="ds-card department-card"
                  href={`${base}/departments/${d.id}`}
                  lang={langOf(t)}
                >
                  {d.name}
                </a>
              </li>
            ))}
          </ul>
        )}
      </section>
      <dl class="facts muted">
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
      {props.isAdmin && (
        <section aria-labelledby="admin-heading" class="stack">
          <h2 class="ds-heading" data-size="sm" id="admin-heading">
            {t('tenancy.municipality.addDepartment')}
          </h2>
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
