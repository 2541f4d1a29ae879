import { GOAL_RULE } from '../../../../engines/goals/index.ts';
import { langOf } from '../../../../web/components/content.tsx';
import { HowWeCalculate } from '../../../../web/components/how-we-calculate.tsx';
import type { Translator } from '../../../../web/i18n/index.ts';
import type { InitiativeBenefits } from '../../benefits/summary.ts';
import { statusText } from '../../benefits/views/benefits-page.tsx';
import { calculusResult } from '../../benefits/views/calculus-result.ts';
import { percent } from '../../benefits/views/format.ts';
import { STAGES } from '../../steering/stages.ts';
import type { InitiativeDetail } from '../initiative-detail.queries.ts';
import type { NextAction } from '../next-actions.ts';
import { day, money } from './initiative-sections.tsx';
import { stageLabel } from './initiatives-list-page.tsx';

// The top of the initiative page: where it stands (stage stepper), what it is in numbers
// (summary) and what the viewer can do next.

type StepState = 'done' | 'current' | 'upcoming' | 'stopped' | 'not-reached';

/**
 * The stages idea → operation as an ordered list, the current one marked `aria-current="step"`.
 * A stopped initiative marks the stage it was stopped at, says so in words, and its later stages
 * were never reached. Each state has its own marker and words, never colour alone.
 */
export function StageStepper(props: { t: Translator; detail: InitiativeDetail }) {
  const { t, detail: d } = props;
  const stage = d.initiative.stage;
  const stop = stage === 'stopped' ? d.transitions.findLast((s) => s.toStage === 'stopped') : null;
  const at = (STAGES as readonly string[]).indexOf(stop ? stop.fromStage : stage);
  const stateOf = (i: number): StepState => {
    if (stop) return i < at ? 'done' : i === at ? 'stopped' : 'not-reached';
    return i < at ? 'done' : i === at ? 'current' : 'upcoming';
  };
  const marker: Record<StepState, string> = {
    done: '✓',
    current: '●',
    upcoming: '',
    stopped: '✕',
    'not-reached': '',
  };
  return (
    <div class="stage-overview">
      {stop && (
        <div class="ds-alert" data-color="warning" id="stopped-note">
          <p class="ds-paragraph">
            {t('portfolio.stepper.stoppedNote', {
              date: t.date(stop.at),
              stage: stageLabel(t, stop.fromStage).toLocaleLowerCase(t.lang),
              reason: stop.reason,
            })}
          </p>
        </div>
      )}
      <ol class="stage-stepper" aria-label={t('portfolio.stepper.label')} id="stage-stepper">
        {STAGES.map((s, i) => {
          const state = stateOf(i);
          const here = state === 'current' || state === 'stopped';
          return (
            <li class="stage-step" data-state={state} aria-current={here ? 'step' : undefined}>
              <span class="stage-step__marker" aria-hidden="true">
                {marker[state] || String(i + 1)}
              </span>
              <span class="stage-step__label">{t(`steering.stage.${s}`)}</span>
              {here ? (
                <span class="stage-step__note">{t(`portfolio.stepper.${state}`)}</span>
              ) : (
                <span class="ds-sr-only">{` (${t(`portfolio.stepper.${state}`)})`}</span>
              )}
            </li>
          );
        })}
      </ol>
    </div>
  );
}

/** "2026–2028", or "2026" for one year. */
const span = (from: number, to: number) => (from === to ? String(from) : `${from}–${to}`);

/** The initiative in numbers: owner, period, total cost, calculus and benefits, with links. */
export function InitiativeSummary(props: {
  t: Translator;
  base: string;
  detail: InitiativeDetail;
  benefits: InitiativeBenefits;
  currency: string;
  discountRate: number;
}) {
  const { t, detail: d, benefits: b } = props;
  const i = d.initiative;
  const self = `${props.base}/initiatives/${i.id}`;
  const total = d.costs.reduce((s, c) => s + c.investment + c.running, 0);
  const years = d.costs.map((c) => c.year);
  const calculus =
    b.calculus.kind === 'ok'
      ? calculusResult(t, b.calculus.calculus, props.currency)
      : b.calculus.kind === 'empty'
        ? t('portfolio.summary.noCalculus')
        : t('portfolio.summary.invalidCalculus');
  return (
    <section aria-labelledby="summary-heading" class="stack initiative-summary" id="summary">
      <h2 class="ds-heading" data-size="sm" id="summary-heading">
        {t('portfolio.summary.title')}
      </h2>
      <dl class="facts">
        <dt>{t('portfolio.summary.owner')}</dt>
        <dd>
          {i.ownerName ? `${i.ownerName}, ` : ''}
          <a
            class="ds-link"
            href={`${props.base}/departments/${i.departmentId}`}
            lang={langOf(props.t)}
          >
            {d.departmentName}
          </a>
        </dd>
        <dt>{t('portfolio.summary.period')}</dt>
        <dd>
          {i.startsOn || i.endsOn
            ? `${day(t, i.startsOn)} – ${day(t, i.endsOn)}`
            : t('portfolio.summary.noPeriod')}
        </dd>
        <dt>{t('portfolio.summary.totalCost')}</dt>
        <dd>
          {years.length === 0
            ? t('portfolio.initiative.none')
            : t('portfolio.summary.costOver', {
                amount: money(t, total, props.currency),
                years: span(Math.min(...years), Math.max(...years)),
              })}
        </dd>
        <dt>{t('portfolio.summary.calculus')}</dt>
        <dd id="summary-calculus">
          <a class="ds-link" href={`${self}/calculus`}>
            {calculus}
          </a>
        </dd>
        <dt>{t('portfolio.summary.benefits')}</dt>
        <dd id="summary-benefits">
          <a class="ds-link" href={`${self}/benefits`}>
            {statusText(t, b.status)}
          </a>
        </dd>
      </dl>
      <HowWeCalculate t={t}>
        <p class="ds-paragraph">
          {t('portfolio.summary.how', { rate: percent(t, props.discountRate) })}
        </p>
        <p class="ds-paragraph">
          {t('benefits.status.rule', { margin: Math.round(GOAL_RULE.onTrackMargin * 100) })}
        </p>
      </HowWeCalculate>
    </section>
  );
}

/** The link of one next action. */
function actionLink(t: Translator, self: string, a: NextAction): { href: string; label: string } {
  switch (a.kind) {
    case 'gate':
      return { href: `${self}/benefits#gate`, label: t('portfolio.next.gate') };
    case 'measure':
      return {
        href: a.benefitId
          ? `${self}/benefits/${a.benefitId}#record-measurement`
          : `${self}/benefits#list-heading`,
        label: t('portfolio.next.measure'),
      };
    case 'addBenefit':
      return { href: `${self}/benefits/new`, label: t('portfolio.next.addBenefit') };
    case 'assess':
      return { href: `${self}/edit`, label: t('portfolio.next.assess') };
    case 'move':
      return {
        href: `${self}?to=${a.to}#stage-change`,
        label: t('portfolio.next.move', {
          stage: t(`steering.stage.${a.to}`).toLocaleLowerCase(t.lang),
        }),
      };
  }
}

/** What the viewer can do next, the first as the main button; nothing at all when there is nothing. */
export function NextActions(props: { t: Translator; self: string; actions: NextAction[] }) {
  const { t } = props;
  if (props.actions.length === 0) return null;
  return (
    <section aria-labelledby="next-heading" class="stack next-actions" id="next">
      <h2 class="ds-heading" data-size="sm" id="next-heading">
        {t('portfolio.next.title')}
      </h2>
      <ul class="inline-list action-list">
        {props.actions.map((a, i) => {
          const link = actionLink(t, props.self, a);
          return (
            <li>
              <a
                class="ds-button"
                data-variant={i === 0 ? 'primary' : 'secondary'}
                href={link.href}
              >
                {link.label}
              </a>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
