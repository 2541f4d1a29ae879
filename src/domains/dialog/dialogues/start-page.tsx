import { langOf } from '../../../web/components/content.tsx';
import { StartCard } from '../../../web/components/start-card.tsx';
import type { StartSection, TaskProvider } from '../../../web/start-page.ts';
import { canManageMatters } from './dialogues.policy.ts';
import { decidedWithoutFeedback } from './dialogues.queries.ts';
import { loadMatterRows, withPhases } from './matter.load.ts';

/**
 * The dialogues open now, first on the start page after the municipality's story: residents give
 * their input before decisions, so this is the page's invitation. Planned ones come after them.
 */
const openDialogues: StartSection = {
  id: 'dialogues',
  order: 15,
  async render({ readModel, municipality: m, t, now }) {
    const kept = await readModel(`dialogues:matters:${m.id}`, (db) => loadMatterRows(db, m.id));
    // Phases at this moment: a dialogue opens and closes by the clock, not only by a write.
    const rows = withPhases(kept, now);
    const shown = rows.filter((r) => r.phase === 'open' || r.phase === 'planned').slice(0, 3);
    if (shown.length === 0) return null;
    const page = `/${t.lang}/municipalities/${m.id}/matters`;
    return (
      <StartCard
        id="start-dialogues"
        title={t('dialogues.start.title')}
        more={{ href: page, label: t('dialogues.start.more') }}
      >
        <ul class="ds-list">
          {shown.map((r) => (
            <li>
              <a class="ds-link" href={`${page}/${r.id}`} lang={langOf(t)}>
                {r.title}
              </a>
              <p class="ds-paragraph" data-size="sm">
                {r.phase === 'open'
                  ? t('dialogues.start.openUntil', { date: t.date(r.closesAt, true) })
                  : t('dialogues.start.opens', { date: t.date(r.opensAt, true) })}
              </p>
            </li>
          ))}
        </ul>
      </StartCard>
    );
  },
};

/** A dialogue decided this long ago without feedback is the staff's task. */
const FEEDBACK_DUE_DAYS = 30;

/**
 * For staff: every decided dialogue that has waited 30 days or more for its feedback, since the
 * dialogue closed; the participants are owed an answer.
 */
const tasks: TaskProvider = async ({ readModel, municipality: m, actor, t, now }) => {
  if (!canManageMatters(actor, m.id)) return [];
  const waiting = await readModel(`dialogues:no-feedback:${m.id}`, (db) =>
    decidedWithoutFeedback(db, m.id),
  );
  return waiting.flatMap((w) => {
    const days = Math.floor((now.getTime() - w.closedAt.getTime()) / 86_400_000);
    if (days < FEEDBACK_DUE_DAYS) return [];
    return [
      {
        text: t('dialogues.task.feedback', { title: w.title, days }),
        href: `/${t.lang}/municipalities/${m.id}/matters/${w.matterId}#publish-heading`,
      },
    ];
  });
};

/** The dialogues' part of the municipality's start page. */
export const dialoguesStartPage = { sections: [openDialogues], tasks };
