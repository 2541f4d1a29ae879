import { langOf } from '../../../../web/components/content.tsx';
import { CsrfField, Notice, SubmitButton } from '../../../../web/components/forms.tsx';
import { day } from '../../../../web/i18n/dates.ts';
import type { MessageKey } from '../../../../web/i18n/index.ts';
import { Layout, type PageContext } from '../../../../web/layout.tsx';
import { decisionHref } from '../../../decisions/decision-link.ts';
import type { VersionWithDecision } from '../future-story.queries.ts';
import { StoryText } from './story-parts.tsx';

type Props = PageContext & {
  municipality: { id: string; name: string };
  adopted: VersionWithDecision | undefined;
  /** Drafts, for those who may see them; empty otherwise. */
  drafts: VersionWithDecision[];
  canSeeDrafts: boolean;
  canEdit: boolean;
  notice?: MessageKey | undefined;
};

/** The future story in force (everyone), and the drafts and history links (staff and up). */
export function FutureStoryPage(props: Props) {
  const { t, municipality: m, adopted } = props;
  const base = `/${t.lang}/municipalities/${m.id}/future-story`;
  return (
    <Layout {...props} title={t('strategy.story.title', { name: m.name })} municipality={m}>
      <Notice t={t} messageKey={props.notice} />
      <h1 class="ds-heading" data-size="lg">
        {t('strategy.story.title', { name: m.name })}
      </h1>
      <p class="ds-paragraph">{t('strategy.story.lead')}</p>
      {adopted ? (
        <article aria-labelledby="story-heading" class="stack">
          <h2 class="ds-heading" data-size="md" id="story-heading" lang={langOf(t)}>
            {adopted.title}
          </h2>
          {adopted.decision && (
            <p class="ds-paragraph muted" id="story-adopted-by">
              <a
                class="ds-link"
                href={decisionHref(
                  `/${t.lang}/municipalities/${m.id}/decisions`,
                  adopted.decision.id,
                )}
              >
                {t('strategy.story.adoptedBy', {
                  version: adopted.version,
                  date: day(t, adopted.decision.decidedOn),
                  body: adopted.decision.bodyName,
                  number: adopted.decision.sequence,
                })}
              </a>
            </p>
          )}
          <StoryText body={adopted.body} lang={langOf(t)} />
          <p class="ds-paragraph">
            <a class="ds-link" href={`${base}/versions`}>
              {t('strategy.story.history')}
            </a>
          </p>
        </article>
      ) : (
        <p class="ds-paragraph" id="story-none">
          {t('strategy.story.none')}
        </p>
      )}
      {props.canSeeDrafts && (
        <section aria-labelledby="drafts-heading" class="stack">
          <h2 class="ds-heading" data-size="sm" id="drafts-heading">
            {t('strategy.story.drafts')}
          </h2>
          <p class="ds-paragraph muted">{t('strategy.story.draftsLead')}</p>
          {props.drafts.length > 0 && (
            <ul class="ds-list">
              {props.drafts.map((d) => (
                <li>
                  <a class="ds-link" href={`${base}/versions/${d.id}`}>
                    {t('strategy.story.draftLabel', {
                      version: d.version,
                      date: t.date(d.updatedAt),
                    })}
                  </a>
                </li>
              ))}
            </ul>
          )}
          {!adopted && (
            <p class="ds-paragraph">
              <a class="ds-link" href={`${base}/versions`}>
                {t('strategy.story.history')}
              </a>
            </p>
          )}
          {props.canEdit && (
            <form method="post" action={`${base}/versions`} class="form">
              <CsrfField token={props.csrfToken} />
              <p class="ds-paragraph muted">{t('strategy.story.newDraftHint')}</p>
              <div>
                <SubmitButton variant="secondary">{t('strategy.story.newDraft')}</SubmitButton>
              </div>
            </form>
          )}
        </section>
      )}
    </Layout>
  );
}
