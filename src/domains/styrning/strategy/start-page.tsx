import MarkdownIt from 'markdown-it';
import type { GoalStatus } from '../../../engines/goals/index.ts';
import { StartCard } from '../../../web/components/start-card.tsx';
import type { StartPageInput, StartSection, StartTask } from '../../../web/start-page.ts';
import { canAdoptStrategy, canEditGoal, canSeeStrategyDrafts } from './strategy.policy.ts';
import { adoptedStory, keptGoalList, storyVersions } from './strategy.read.ts';

const parser = new MarkdownIt({ html: false });
const statuses: GoalStatus[] = ['on-track', 'at-risk', 'off-track', 'unknown'];
// An indicator is due for a measurement when it has none from the last quarter.
const MEASUREMENT_DUE_DAYS = 92;

/** The first paragraph of a Markdown text as plain words, cut at a word near `max` characters. */
export function openingLines(markdown: string, max = 320): string {
  const tokens = parser.parse(markdown, {});
  const at = tokens.findIndex((tok) => tok.type === 'paragraph_open');
  const inline = at >= 0 ? tokens[at + 1] : undefined;
  const text = (inline?.children ?? [])
    .map((c) => (c.type === 'softbreak' || c.type === 'hardbreak' ? ' ' : c.content))
    .join('')
    .trim();
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max - 40)).trimEnd()}…`;
}

const story: StartSection = {
  id: 'future-story',
  order: 10,
  async render({ readModel, municipality: m, t }) {
    const adopted = await adoptedStory(readModel, m.id);
    if (!adopted) return null;
    const base = `/${t.lang}/municipalities/${m.id}`;
    return (
      <StartCard
        id="start-story"
        title={t('strategy.start.story')}
        more={{ href: `${base}/future-story`, label: t('strategy.start.storyMore') }}
      >
        <p class="ds-paragraph start-story">{openingLines(adopted.body)}</p>
      </StartCard>
    );
  },
};

const goals: StartSection = {
  id: 'goals',
  order: 20,
  async render({ readModel, municipality: m, actor, t }) {
    const all = await keptGoalList(readModel, m.id, !canSeeStrategyDrafts(actor, m.id));
    if (all.length === 0) return null;
    const counts = new Map(statuses.map((s) => [s, all.filter((g) => g.progress === s).length]));
    return (
      <StartCard
        id="start-goals"
        title={t('strategy.start.goals')}
        more={{
          href: `/${t.lang}/municipalities/${m.id}/goals`,
          label: t('strategy.start.goalsMore'),
        }}
      >
        <p class="ds-paragraph">{t('strategy.start.goalsCount', { count: all.length })}</p>
        <dl class="start-counts">
          {statuses.map((s) => (
            <div class="start-counts__item" data-status={s}>
              <dt>{t(`strategy.status.${s}`)}</dt>
              <dd>{counts.get(s) ?? 0}</dd>
            </div>
          ))}
        </dl>
      </StartCard>
    );
  },
};

/** Indicators that wait for a measurement, on goals the actor edits; drafts that wait for a decision. */
async function tasks({
  readModel,
  municipality: m,
  actor,
  t,
  now,
}: StartPageInput): Promise<StartTask[]> {
  const base = `/${t.lang}/municipalities/${m.id}`;
  const found: StartTask[] = [];
  if (canSeeStrategyDrafts(actor, m.id)) {
    const all = await keptGoalList(readModel, m.id, false);
    const cutoff = now.getTime() - MEASUREMENT_DUE_DAYS * 86_400_000;
    const due = all
      .filter((g) => canEditGoal(actor, g))
      .flatMap((g) => g.indicators.map((i) => ({ goal: g, indicator: i })))
      .filter(({ indicator }) => {
        const last = indicator.measurements.at(-1);
        return !last || new Date(`${last.measuredOn}T00:00:00Z`).getTime() < cutoff;
      });
    if (due.length > 0) {
      const first = due[0]?.goal.id;
      found.push({
        text: t('strategy.start.taskMeasure', { count: due.length }),
        href: due.every((d) => d.goal.id === first) ? `${base}/goals/${first}` : `${base}/goals`,
      });
    }
    if (canAdoptStrategy(actor, m.id)) {
      const versions = await storyVersions(readModel, m.id);
      const drafts = versions.filter((v) => v.status === 'draft');
      if (drafts.length > 0) {
        found.push({
          text: t('strategy.start.taskStoryDraft'),
          href: `${base}/future-story/versions`,
        });
      }
      const draftGoals = all.filter((g) => g.status === 'draft').length;
      if (draftGoals > 0) {
        found.push({
          text: t('strategy.start.taskGoalDrafts', { count: draftGoals }),
          href: `${base}/goals`,
        });
      }
    }
  }
  return found;
}

/** Strategy's part of the municipality's start page. */
export const strategyStartPage = { sections: [story, goals], tasks };
