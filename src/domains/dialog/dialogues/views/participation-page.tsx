import { Layout, type PageContext } from '../../../../web/layout.tsx';
import type { Phase } from '../phase.ts';
import { PhaseTag } from './phase-tag.tsx';

type Props = PageContext & {
  rows: {
    matterId: string;
    title: string;
    municipalityId: string;
    municipalityName: string;
    phase: Phase;
    votes: number;
    statements: number;
    comments: number;
  }[];
};

const contentLang = (municipalityId: string) => (municipalityId.startsWith('NO-') ? 'nb' : 'sv');

/** A signed-in resident's dialogues: what they did in each, and what became of it. */
export function ParticipationPage(props: Props) {
  const { t } = props;
  const title = t('dialogues.mine.title');
  return (
    <Layout {...props} title={title}>
      <h1 class="ds-heading" data-size="lg">
        {title}
      </h1>
      <p class="ds-paragraph" data-size="lg">
        {t('dialogues.mine.count', { count: props.rows.length })}
      </p>
      <ul class="card-list">
        {props.rows.map((r) => {
          const page = `/${t.lang}/municipalities/${r.municipalityId}/matters/${r.matterId}`;
          return (
            <li>
              <article class="ds-card matter-card" aria-labelledby={`mine-${r.matterId}`}>
                <h2 class="ds-heading" data-size="xs" id={`mine-${r.matterId}`}>
                  <a class="ds-link" href={page} lang={contentLang(r.municipalityId)}>
                    {r.title}
                  </a>
                </h2>
                <p class="ds-paragraph">
                  <PhaseTag t={t} phase={r.phase} /> {r.municipalityName}
                </p>
                <p class="ds-paragraph">
                  {t('dialogues.mine.did', {
                    votes: r.votes,
                    statements: r.statements,
                    comments: r.comments,
                  })}
                </p>
                <p class="ds-paragraph">
                  {t(`dialogues.mine.became.${r.phase}`)}{' '}
                  {r.phase === 'feedback' && (
                    <a class="ds-link" href={`${page}#feedback-heading`}>
                      {t('dialogues.mine.readFeedback')}
                    </a>
                  )}
                </p>
              </article>
            </li>
          );
        })}
      </ul>
    </Layout>
  );
}
