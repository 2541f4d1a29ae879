import { StartCard } from '../../web/components/start-card.tsx';
import { day } from '../../web/i18n/dates.ts';
import type { StartSection } from '../../web/start-page.ts';
import { decisionHref } from './decision-link.ts';
import { latestDecisions } from './decisions.queries.ts';

// A decision's text is cut here on the start page; its own page has the whole of it.
const TEXT_LENGTH = 160;

const shorten = (text: string) =>
  text.length <= TEXT_LENGTH ? text : `${text.slice(0, text.lastIndexOf(' ', TEXT_LENGTH))}…`;

/** The latest three decisions of the municipality's bodies, each a link to its place in the list. */
const latest: StartSection = {
  id: 'decisions',
  order: 40,
  async render({ readModel, municipality: m, t }) {
    const rows = await readModel(`decisions:latest:${m.id}`, (db) => latestDecisions(db, m.id, 3));
    if (rows.length === 0) return null;
    const page = `/${t.lang}/municipalities/${m.id}/decisions`;
    return (
      <StartCard
        id="start-decisions"
        title={t('decisions.start.title')}
        more={{ href: page, label: t('decisions.start.more') }}
      >
        <ul class="ds-list start-decisions">
          {rows.map((d) => (
            <li>
              <a class="ds-link" href={decisionHref(page, d.id)}>
                {t('decisions.start.item', {
                  body: d.bodyName,
                  date: day(t, d.decidedOn),
                })}
              </a>
              <p class="ds-paragraph" data-size="sm">
                {shorten(d.text)}
              </p>
            </li>
          ))}
        </ul>
      </StartCard>
    );
  },
};

/** The decisions' part of the municipality's start page. */
export const decisionsStartPage = { sections: [latest] };
