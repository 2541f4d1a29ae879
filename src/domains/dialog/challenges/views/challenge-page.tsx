import { Content, langOf } from '../../../../web/components/content.tsx';
import {
  CsrfField,
  ErrorSummary,
  type FormState,
  Notice,
  ProblemNotice,
  SelectField,
  TextAreaField,
  TextField,
} from '../../../../web/components/forms.tsx';
import { day } from '../../../../web/i18n/dates.ts';
import type { MessageKey, Translator } from '../../../../web/i18n/index.ts';
import { Layout, type PageContext } from '../../../../web/layout.tsx';
import type { ChallengePageData } from '../challenge.load.ts';
import { stakeholderRoles } from '../challenges.policy.ts';
import { ChallengeStateTag } from './state-tag.tsx';
import { WorkshopsSection } from './workshops-section.tsx';

export type ChallengeForms = { join: FormState; idea: FormState; workshop: FormState };

type Props = PageContext & {
  municipality: { id: string; name: string };
  data: ChallengePageData;
  forms: ChallengeForms;
  notice?: MessageKey | undefined;
  problem?: MessageKey | undefined;
};

const roleName = (t: Translator, role: string) =>
  t(`challenges.role.${role}` as 'challenges.role.expert');

function labelsOf(t: Translator) {
  return {
    role: t('challenges.join.role'),
    ideaTitle: t('challenges.idea.title'),
    ideaBody: t('challenges.idea.body'),
    workshopTitle: t('challenges.workshops.title'),
    startsAt: t('challenges.workshops.startsAt'),
    endsAt: t('challenges.workshops.endsAt'),
    place: t('challenges.workshops.placeField'),
    accessibility: t('challenges.workshops.accessibilityField'),
    onlineUrl: t('challenges.workshops.onlineUrl'),
    capacity: t('challenges.workshops.capacity'),
  };
}

/**
 * A challenge: the problem and who lives with it, who takes part and whose voice is missing, the
 * ideas, the meetings, and for those who run it the steps that move it on.
 */
export function ChallengePage(props: Props) {
  const { t, municipality: m, data, forms } = props;
  const c = data.challenge;
  const base = `/${t.lang}/municipalities/${m.id}/challenges/${c.id}`;
  const failed = [forms.join, forms.idea, forms.workshop].find(
    (f) => Object.keys(f.errors).length > 0,
  );
  const signedIn = props.actor.kind === 'user';
  return (
    <Layout {...props} title={c.title} municipality={m}>
      {failed && <ErrorSummary t={t} form={failed} labels={labelsOf(t)} />}
      <Notice t={t} messageKey={props.notice} />
      <ProblemNotice t={t} messageKey={props.problem} />
      <h1 class="ds-heading" data-size="lg" lang={langOf(t)}>
        {c.title}
      </h1>
      <p class="ds-paragraph">
        <ChallengeStateTag t={t} state={c.state} />{' '}
        {t('challenges.page.department', { name: c.departmentName })}
        {' · '}
        {t('challenges.page.period', { from: day(t, c.startsOn), to: day(t, c.endsOn) })}
      </p>
      <h2 class="ds-heading" data-size="sm">
        {t('challenges.page.problem')}
      </h2>
      <p class="ds-paragraph">
        <Content t={t}>{c.problem}</Content>
      </p>
      <h2 class="ds-heading" data-size="sm">
        {t('challenges.page.affected')}
      </h2>
      <p class="ds-paragraph">
        <Content t={t}>{c.affected}</Content>
      </p>
      {c.constraints && (
        <>
          <h2 class="ds-heading" data-size="sm">
            {t('challenges.page.constraints')}
          </h2>
          <p class="ds-paragraph">
            <Content t={t}>{c.constraints}</Content>
          </p>
        </>
      )}
      <section aria-labelledby="mix-heading">
        <h2 class="ds-heading" data-size="sm" id="mix-heading">
          {t('challenges.mix.heading')}
        </h2>
        <ul class="ds-list">
          {data.mix.roles.map((r) => (
            <li>{t('challenges.mix.count', { role: roleName(t, r.role), count: r.count })}</li>
          ))}
        </ul>
        <p class="ds-paragraph">
          {data.mix.missing.length === 0
            ? t('challenges.mix.complete')
            : t('challenges.mix.missing', {
                roles: data.mix.missing.map((r) => roleName(t, r)).join(', '),
              })}
        </p>
      </section>
      <section aria-labelledby="join-heading">
        <h2 class="ds-heading" data-size="sm" id="join-heading">
          {t('challenges.join.heading')}
        </h2>
        {data.ownRole ? (
          <p class="ds-paragraph">
            {t('challenges.join.member', { role: roleName(t, data.ownRole) })}
          </p>
        ) : !signedIn ? (
          <p class="ds-paragraph">
            <a class="ds-link" href={`/${t.lang}/login?next=${encodeURIComponent(base)}`}>
              {t('challenges.join.signIn')}
            </a>
          </p>
        ) : c.state !== 'done' ? (
          <form method="post" action={`${base}/join`}>
            <CsrfField token={props.csrfToken} />
            <p class="ds-paragraph">{t('challenges.join.lead')}</p>
            <SelectField
              t={t}
              form={forms.join}
              name="role"
              label={t('challenges.join.role')}
              placeholder={t('challenges.join.chooseRole')}
              options={stakeholderRoles.map((r) => ({ value: r, label: roleName(t, r) }))}
              required
            />
            <button type="submit" class="ds-button" data-variant="primary">
              {t('challenges.join.submit')}
            </button>
          </form>
        ) : null}
      </section>
      <section aria-labelledby="ideas-heading">
        <h2 class="ds-heading" data-size="sm" id="ideas-heading">
          {t('challenges.ideas.heading')}
        </h2>
        {data.ideas.length === 0 ? (
          <p class="ds-paragraph">{t('challenges.ideas.none')}</p>
        ) : (
          <ul class="card-list">
            {data.ideas.map((i) => (
              <li>
                <article class="ds-card" aria-labelledby={`idea-${i.id}`}>
                  <h3 class="ds-heading" data-size="xs" id={`idea-${i.id}`}>
                    <a class="ds-link" href={`${base}/ideas/${i.id}`} lang={langOf(t)}>
                      {i.title}
                    </a>
                  </h3>
                  <p class="ds-paragraph">
                    {i.authorName
                      ? t('challenges.ideas.by', { name: i.authorName })
                      : t('challenges.ideas.byNobody')}
                    {' · '}
                    {t('challenges.ideas.comments', { count: i.comments })}
                    {i.shortlisted && (
                      <>
                        {' '}
                        <span class="ds-tag" data-color="accent">
                          {t('challenges.ideas.shortlisted')}
                        </span>
                      </>
                    )}
                    {i.initiativeId && (
                      <>
                        {' '}
                        <a
                          class="ds-link"
                          href={`/${t.lang}/municipalities/${m.id}/initiatives/${i.initiativeId}`}
                        >
                          {t('challenges.ideas.becameInitiative')}
                        </a>
                      </>
                    )}
                  </p>
                </article>
              </li>
            ))}
          </ul>
        )}
        {data.ownRole && c.state === 'open' && (
          <form method="post" action={`${base}/ideas`}>
            <CsrfField token={props.csrfToken} />
            <h3 class="ds-heading" data-size="xs">
              {t('challenges.idea.new')}
            </h3>
            <TextField
              t={t}
              form={forms.idea}
              name="ideaTitle"
              label={t('challenges.idea.title')}
              maxlength={150}
              required
            />
            <TextAreaField
              t={t}
              form={forms.idea}
              name="ideaBody"
              label={t('challenges.idea.body')}
              rows={5}
              maxlength={3000}
              required
            />
            <button type="submit" class="ds-button" data-variant="primary">
              {t('challenges.idea.submit')}
            </button>
          </form>
        )}
      </section>
      <WorkshopsSection
        t={t}
        base={base}
        csrfToken={props.csrfToken}
        data={data}
        form={forms.workshop}
      />
      {data.manages && c.state !== 'done' && (
        <section aria-labelledby="manage-heading">
          <h2 class="ds-heading" data-size="sm" id="manage-heading">
            {t('challenges.manage.heading')}
          </h2>
          <form method="post" action={`${base}/state`}>
            <CsrfField token={props.csrfToken} />
            <input type="hidden" name="to" value={c.state === 'open' ? 'shortlisting' : 'done'} />
            <button type="submit" class="ds-button" data-variant="secondary">
              {c.state === 'open'
                ? t('challenges.manage.toShortlisting')
                : t('challenges.manage.toDone')}
            </button>
          </form>
        </section>
      )}
    </Layout>
  );
}
