import { langOf } from '../../../web/components/content.tsx';
import { StartCard } from '../../../web/components/start-card.tsx';
import { day } from '../../../web/i18n/dates.ts';
import type { StartSection } from '../../../web/start-page.ts';
import { openChallenges } from './challenges.queries.ts';

/**
 * The challenges open for ideas, on the start page after the dialogues: an invitation to solve a
 * problem together with the department. Nothing when none is open.
 */
const openChallengesSection: StartSection = {
  id: 'challenges',
  order: 17,
  async render({ readModel, municipality: m, t }) {
    const open = await readModel(`challenges:open:${m.id}`, (db) => openChallenges(db, m.id, 3));
    if (open.length === 0) return null;
    const page = `/${t.lang}/municipalities/${m.id}/challenges`;
    return (
      <StartCard
        id="start-challenges"
        title={t('challenges.start.title')}
        more={{ href: page, label: t('challenges.start.more') }}
      >
        <ul class="ds-list">
          {open.map((c) => (
            <li>
              <a class="ds-link" href={`${page}/${c.id}`} lang={langOf(t)}>
                {c.title}
              </a>
              <p class="ds-paragraph" data-size="sm">
                {t('challenges.start.until', { date: day(t, c.endsOn) })}
              </p>
            </li>
          ))}
        </ul>
      </StartCard>
    );
  },
};

/** The challenges' part of the municipality's start page. */
export const challengesStartPage = { sections: [openChallengesSection] };
