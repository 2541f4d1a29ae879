import { langOf } from '../../../../web/components/content.tsx';
import { CsrfField, Notice, ProblemNotice } from '../../../../web/components/forms.tsx';
import type { MessageKey } from '../../../../web/i18n/index.ts';
import { Layout, type PageContext } from '../../../../web/layout.tsx';
import type { LoadedSurvey } from '../survey.load.ts';
import { BackToMatter, StaffLinks, surveyPath } from './survey-links.tsx';

type Props = PageContext & {
  municipality: { id: string; name: string };
  loaded: LoadedSurvey;
  waiting: { id: string; questionId: string; text: string | null }[];
  counts: { responses: number; pending: number; accepted: number; hidden: number };
  /** Whether the reader builds surveys (and may download the answers) or only moderates them. */
  builds: boolean;
  notice?: MessageKey | undefined;
  problem?: MessageKey | undefined;
};

/**
 * Staff's page of a survey's answers: how many there are, the download of them all, and the
 * written answers waiting to be published or hidden, each under its question.
 */
export function AnswersPage(props: Props) {
  const { t, loaded, municipality: m } = props;
  const { matter, questions } = loaded;
  const title = t('surveys.moderation.title');
  const prompts = new Map(questions.map((q) => [q.id, q.prompt]));
  const action = `${surveyPath(t.lang, m.id, matter.id, 'answers')}/moderate`;
  return (
    <Layout {...props} title={`${title}: ${matter.title}`} municipality={m}>
      <BackToMatter t={t} municipalityId={m.id} matterId={matter.id} title={matter.title} />
      <Notice t={t} messageKey={props.notice} />
      <ProblemNotice t={t} messageKey={props.problem} />
      <h1 class="ds-heading" data-size="lg">
        {title}
      </h1>
      {props.builds && <StaffLinks t={t} municipalityId={m.id} matterId={matter.id} started />}
      <p class="ds-paragraph">{t('surveys.moderation.counts', props.counts)}</p>
      {props.builds && (
        <p class="ds-paragraph">
          <a class="ds-link" href={surveyPath(t.lang, m.id, matter.id, 'export.csv')} download>
            {t('surveys.moderation.export')}
          </a>
        </p>
      )}
      <section class="dialog-section" aria-labelledby="waiting-heading">
        <h2 class="ds-heading" data-size="sm" id="waiting-heading">
          {t('surveys.moderation.waiting')}
        </h2>
        <p class="ds-paragraph" data-size="sm">
          {t('surveys.moderation.lead')}
        </p>
        {props.waiting.length === 0 ? (
          <p class="ds-paragraph">{t('surveys.moderation.none')}</p>
        ) : (
          <ul class="ds-list survey-moderation">
            {props.waiting.map((a) => (
              <li class="ds-card">
                <p class="ds-paragraph" data-size="sm">
                  {t('surveys.moderation.question')}:{' '}
                  <span lang={langOf(t)}>{prompts.get(a.questionId)}</span>
                </p>
                <p class="ds-paragraph prewrap">{a.text}</p>
                <div class="form-actions">
                  {(['accepted', 'hidden'] as const).map((verdict) => (
                    <form method="post" action={action} class="inline-form">
                      <CsrfField token={props.csrfToken} />
                      <input type="hidden" name="answer" value={a.id} />
                      <input type="hidden" name="verdict" value={verdict} />
                      <button
                        type="submit"
                        class="ds-button"
                        data-variant={verdict === 'accepted' ? 'primary' : 'secondary'}
                        data-size="sm"
                      >
                        {t(
                          verdict === 'accepted'
                            ? 'surveys.moderation.accept'
                            : 'surveys.moderation.hide',
                        )}
                        <span class="ds-sr-only">{`: ${(a.text ?? '').slice(0, 60)}`}</span>
                      </button>
                    </form>
                  ))}
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>
    </Layout>
  );
}
