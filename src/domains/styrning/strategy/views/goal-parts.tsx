import type { GoalStatus } from '../../../../engines/goals/index.ts';
import { langOf } from '../../../../web/components/content.tsx';
import { day } from '../../../../web/i18n/dates.ts';
import type { MessageKey, Translator } from '../../../../web/i18n/index.ts';
import type { IndicatorView } from '../goal-tree.ts';

const colorOf: Record<GoalStatus, string> = {
  'on-track': 'success',
  'at-risk': 'warning',
  'off-track': 'danger',
  unknown: 'neutral',
};

/** A goal's or indicator's status as a coloured tag whose text says it (colour is never alone). */
export function StatusTag(props: { t: Translator; status: GoalStatus }) {
  return (
    <span class="ds-tag status-tag" data-color={colorOf[props.status]}>
      {props.t('strategy.goals.status', { status: props.t(`strategy.status.${props.status}`) })}
    </span>
  );
}

/** "Draft" beside goals not yet adopted, for those who see drafts. */
export function DraftTag(props: { t: Translator }) {
  return (
    <span class="ds-tag" data-color="neutral">
      {props.t('strategy.goals.draft')}
    </span>
  );
}

const percent = (t: Translator, share: number) =>
  t.number(Math.round(share * 1000) / 10, { maximumFractionDigits: 1 });

/** The goal rule's verdict on one indicator, in words with its numbers. */
export function Explanation(props: { t: Translator; indicator: IndicatorView }) {
  const { t, indicator: i } = props;
  const e = i.explanation;
  if (!e?.latest || e.progress === null || e.expected === null) {
    return <p class="ds-paragraph">{t('strategy.indicator.noMeasurement')}</p>;
  }
  return (
    <p class="ds-paragraph">
      {t('strategy.indicator.explain', {
        value: t.number(e.latest.value),
        unit: i.unit,
        date: day(t, e.latest.date),
        progress: percent(t, e.progress),
        expected: percent(t, e.expected),
        status: t(`strategy.status.${e.status}`),
      })}
    </p>
  );
}

/** The rule by which statuses are set, stated with the engine's own margins. */
export function RuleText(props: { t: Translator; onTrack: number; atRisk: number }) {
  return (
    <section aria-labelledby="rule-heading" class="stack">
      <h2 class="ds-heading" data-size="xs" id="rule-heading">
        {props.t('strategy.goals.ruleHeading')}
      </h2>
      <p class="ds-paragraph" id="goal-rule">
        {props.t('strategy.goals.rule', {
          onTrack: Math.round(props.onTrack * 100),
          atRisk: Math.round(props.atRisk * 100),
        })}
      </p>
    </section>
  );
}

/** An initiative that works towards a goal, as far as the reader may see it. */
export type ContributingInitiative = { id: string; title: string; stage: string; weight: number };

/** The initiatives that work towards a goal, as links with their stage, or a line saying none do. */
export function ContributingList(props: {
  t: Translator;
  municipalityId: string;
  initiatives: ContributingInitiative[];
}) {
  const { t } = props;
  const base = `/${t.lang}/municipalities/${props.municipalityId}/initiatives`;
  return (
    <section aria-labelledby="contributions-heading" class="stack">
      <h2 class="ds-heading" data-size="sm" id="contributions-heading">
        {t('strategy.goal.initiatives')}
      </h2>
      {props.initiatives.length === 0 ? (
        <p class="ds-paragraph">{t('strategy.goal.noInitiatives')}</p>
      ) : (
        <ul class="ds-list">
          {props.initiatives.map((i) => (
            <li>
              <a class="ds-link" href={`${base}/${i.id}`} lang={langOf(t)}>
                {i.title}
              </a>{' '}
              <span class="muted">({t(`steering.stage.${i.stage}` as MessageKey)})</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
