import { StartCard } from '../../../web/components/start-card.tsx';
import type { StartPageInput, StartSection, StartTask } from '../../../web/start-page.ts';
import { canSeeInternal } from '../../identity/identity.policy.ts';
import { ALL_STAGES } from '../steering/stages.ts';
import { canEditInitiative } from './portfolio.policy.ts';
import { initiativesInStage, stageCounts } from './portfolio.queries.ts';

const byStage: StartSection = {
  id: 'initiatives',
  order: 30,
  async render({ readModel, municipality: m, actor, t }) {
    const publicOnly = !canSeeInternal(actor, m.id);
    const counts = await readModel(`portfolio:stage-counts:${m.id}:${publicOnly}`, (db) =>
      stageCounts(db, m.id, { publicOnly }),
    );
    const total = [...counts.values()].reduce((a, b) => a + b, 0);
    if (total === 0) return null;
    const list = `/${t.lang}/municipalities/${m.id}/initiatives`;
    return (
      <StartCard
        id="start-initiatives"
        title={t('portfolio.start.title')}
        more={{ href: list, label: t('portfolio.start.more') }}
      >
        <p class="ds-paragraph">{t('portfolio.start.count', { count: total })}</p>
        <ol class="start-stages">
          {ALL_STAGES.filter((s) => (counts.get(s) ?? 0) > 0).map((s) => (
            <li>
              <a class="ds-link" href={`${list}?stage=${s}`}>
                {t(`steering.stage.${s}`)}
              </a>{' '}
              <span class="start-stages__count">{counts.get(s)}</span>
            </li>
          ))}
        </ol>
      </StartCard>
    );
  },
};

/** Pilots the actor may take through the scale gate. */
async function tasks({
  readModel,
  municipality: m,
  actor,
  t,
}: StartPageInput): Promise<StartTask[]> {
  const inPilot = await readModel(`portfolio:in-stage:${m.id}:pilot`, (db) =>
    initiativesInStage(db, m.id, 'pilot'),
  );
  const pilots = inPilot.filter((i) => canEditInitiative(actor, i));
  if (pilots.length === 0) return [];
  const base = `/${t.lang}/municipalities/${m.id}/initiatives`;
  return [
    {
      text: t('portfolio.start.taskPilots', { count: pilots.length }),
      href: pilots.length === 1 ? `${base}/${pilots[0]?.id}/benefits` : `${base}?stage=pilot`,
    },
  ];
}

/** The portfolio's part of the municipality's start page. */
export const portfolioStartPage = { sections: [byStage], tasks };
