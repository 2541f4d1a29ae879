import { Content, langOf } from '../../../../web/components/content.tsx';
import {
  CsrfField,
  ErrorSummary,
  type FormState,
  Notice,
  ProblemNotice,
  TextAreaField,
} from '../../../../web/components/forms.tsx';
import type { MessageKey, Translator } from '../../../../web/i18n/index.ts';
import { Layout, type PageContext } from '../../../../web/layout.tsx';
import type { IdeaPageData } from '../challenge.load.ts';

type Props = PageContext & {
  municipality: { id: string; name: string };
  data: IdeaPageData;
  form: FormState;
  notice?: MessageKey | undefined;
  problem?: MessageKey | undefined;
};

const roleName = (t: Translator, role: string) =>
  t(`challenges.role.${role}` as 'challenges.role.expert');

/** What those who run the challenge do with an idea: shortlist it, and make it an initiative. */
function ManageIdea(props: Props & { path: string }) {
  const { t, data } = props;
  const { idea, challenge } = data;
  if (!data.manages || idea.initiativeId || challenge.state === 'done') return null;
  return (
    <section aria-labelledby="manage-heading">
      <h2 class="ds-heading" data-size="sm" id="manage-heading">
        {t('challenges.manage.heading')}
      </h2>
      <form method="post" action={`${props.path}/shortlist`}>
        <CsrfField token={props.csrfToken} />
        <input type="hidden" name="shortlisted" value={idea.shortlisted ? 'no' : 'yes'} />
        <button type="submit" class="ds-button" data-variant="secondary">
          {idea.shortlisted ? t('challenges.manage.unshortlist') : t('challenges.manage.shortlist')}
        </button>
      </form>
      {idea.shortlisted && (
        <form method="post" action={`${props.path}/initiative`}>
          <CsrfField token={props.csrfToken} />
          <h3 class="ds-heading" data-size="xs">
            {t('challenges.manage.toInitiative')}
          </h3>
          <p class="ds-paragraph">{t('challenges.manage.toInitiativeLead')}</p>
          {data.participants.length > 0 && (
            <fieldset class="ds-fieldset">
              <legend class="ds-label">{t('challenges.manage.participants')}</legend>
              {data.participants.map((p) => (
                <div class="checkbox-row">
                  <input
                    class="ds-input"
                    type="checkbox"
                    id={`credit-${p.userId}`}
                    name="credit"
                    value={p.userId}
                  />
                  <label class="ds-label" for={`credit-${p.userId}`}>
                    {t('challenges.manage.credit', { name: p.name, role: roleName(t, p.role) })}
                  </label>
                </div>
              ))}
            </fieldset>
          )}
          <button type="submit" class="ds-button" data-variant="primary">
            {t('challenges.manage.toInitiative')}
          </button>
        </form>
      )}
    </section>
  );
}

/** One idea of a challenge, its comments, and what became of it. */
export function IdeaPage(props: Props) {
  const { t, municipality: m, data, form } = props;
  const { idea, challenge } = data;
  const challengePath = `/${t.lang}/municipalities/${m.id}/challenges/${challenge.id}`;
  const path = `${challengePath}/ideas/${idea.id}`;
  return (
    <Layout {...props} title={idea.title} municipality={m}>
      <ErrorSummary t={t} form={form} labels={{ text: t('challenges.comments.field') }} />
      <Notice t={t} messageKey={props.notice} />
      <ProblemNotice t={t} messageKey={props.problem} />
      <p class="ds-paragraph">
        <a class="ds-link" href={challengePath} lang={langOf(t)}>
          {t('challenges.idea.back')}: {challenge.title}
        </a>
      </p>
      <h1 class="ds-heading" data-size="lg" lang={langOf(t)}>
        {idea.title}
      </h1>
      <p class="ds-paragraph">
        {idea.authorName
          ? t('challenges.ideas.by', { name: idea.authorName })
          : t('challenges.ideas.byNobody')}
        {idea.shortlisted && (
          <>
            {' '}
            <span class="ds-tag" data-color="accent">
              {t('challenges.ideas.shortlisted')}
            </span>
          </>
        )}
      </p>
      <p class="ds-paragraph">
        <Content t={t}>{idea.body}</Content>
      </p>
      {idea.initiativeId && (
        <p class="ds-paragraph">
          {t('challenges.idea.initiative')}{' '}
          <a
            class="ds-link"
            href={`/${t.lang}/municipalities/${m.id}/initiatives/${idea.initiativeId}`}
          >
            {idea.title}
          </a>
          {data.credited.length > 0 &&
            ` (${t('challenges.mention.credits')} ${data.credited.join(', ')})`}
        </p>
      )}
      <ManageIdea {...props} path={path} />
      <section aria-labelledby="comments-heading">
        <h2 class="ds-heading" data-size="sm" id="comments-heading">
          {t('challenges.comments.heading')}
        </h2>
        {data.comments.length === 0 ? (
          <p class="ds-paragraph">{t('challenges.comments.none')}</p>
        ) : (
          <ul class="ds-list">
            {data.comments.map((c) => (
              <li>
                <strong>{c.authorName ?? t('challenges.ideas.byNobody')}</strong>:{' '}
                <Content t={t}>{c.text}</Content>
                {c.hiddenAt ? (
                  <>
                    {' '}
                    <span class="ds-tag" data-color="warning">
                      {t('challenges.comments.hidden')}
                    </span>
                  </>
                ) : (
                  data.hider && (
                    <form method="post" action={`${path}/comments/${c.id}/hide`}>
                      <CsrfField token={props.csrfToken} />
                      <button type="submit" class="ds-button" data-variant="tertiary">
                        {t('challenges.comments.hide')}
                      </button>
                    </form>
                  )
                )}
              </li>
            ))}
          </ul>
        )}
        {data.ownRole && challenge.state !== 'done' && (
          <form method="post" action={`${path}/comments`}>
            <CsrfField token={props.csrfToken} />
            <TextAreaField
              t={t}
              form={form}
              name="text"
              label={t('challenges.comments.field')}
              rows={3}
              maxlength={2000}
              required
            />
            <button type="submit" class="ds-button" data-variant="primary">
              {t('challenges.comments.submit')}
            </button>
          </form>
        )}
      </section>
    </Layout>
  );
}
