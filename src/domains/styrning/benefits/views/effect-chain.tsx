import { ChartFrame, px } from '../../../../web/components/charts/common.tsx';
import { day } from '../../../../web/i18n/dates.ts';
import type { Translator } from '../../../../web/i18n/index.ts';
import { num } from './format.ts';

export type ChainBenefit = {
  id: string;
  description: string;
  indicator: string;
  unit: string;
  baselineValue: number;
  targetValue: number;
  targetDate: string;
  isDisbenefit: boolean;
};

const width = 960;
const rowHeight = 64;
const top = 36;
const boxWidth = 210;
const boxHeight = 40;
const columns = [4, 250, 496, 742];

/** Shortens a label to fit its box; the text alternative carries the whole text. */
function shorten(text: string, max = 27): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

function Box(props: { x: number; y: number; label: string; fill: string }) {
  return (
    <g>
      <rect
        x={px(props.x)}
        y={px(props.y)}
        width={boxWidth}
        height={boxHeight}
        rx="6"
        fill={props.fill}
        stroke="#1f2937"
      />
      <text x={px(props.x + 8)} y={px(props.y + 25)} fill="#111827">
        {shorten(props.label)}
      </text>
    </g>
  );
}

function Arrow(props: { x1: number; y1: number; x2: number; y2: number }) {
  return (
    <line
      x1={px(props.x1)}
      y1={px(props.y1)}
      x2={px(props.x2)}
      y2={px(props.y2)}
      stroke="#374151"
      stroke-width="1.5"
      marker-end="url(#chain-arrow)"
    />
  );
}

/** The effect of a benefit in words: its indicator from baseline to target. */
export function effectText(t: Translator, b: ChainBenefit): string {
  return t('benefits.chainEffectText', {
    indicator: b.indicator,
    baseline: num(t, b.baselineValue),
    target: num(t, b.targetValue),
    unit: b.unit,
    date: day(t, b.targetDate),
  });
}

/**
 * The effect chain (effektkedja / gevinstkart) initiative → effect → benefit → goal as SVG, with
 * a list beside it saying the same in words for screen readers and for anyone who prefers text.
 * The data model ties goals to the initiative (goal contributions), so every benefit leads to
 * each of the initiative's goals.
 */
export function EffectChain(props: {
  t: Translator;
  initiative: { title: string };
  benefits: ChainBenefit[];
  goals: { id: string; title: string }[];
}) {
  const { t, benefits, goals } = props;
  if (benefits.length === 0) return <p class="ds-paragraph muted">{t('benefits.none')}</p>;
  const rows = Math.max(benefits.length, goals.length, 1);
  const height = top + rows * rowHeight + 8;
  const rowY = (i: number, count: number) =>
    top + ((rows - count) * rowHeight) / 2 + i * rowHeight + (rowHeight - boxHeight) / 2;
  const mid = (y: number) => y + boxHeight / 2;
  const initiativeY = rowY(0, 1);
  const [c0, c1, c2, c3] = columns as [number, number, number, number];
  const goalText = goals.map((g) => g.title).join(', ') || t('benefits.chainNoGoals');
  return (
    <div class="stack">
      {/* On a narrow screen the diagram keeps a readable size and scrolls in its own region. */}
      <section
        class="chart-wrap"
        tabindex={0}
        aria-label={t('benefits.chainTitle', { title: props.initiative.title })}
      >
        <ChartFrame
          id="effect-chain"
          title={t('benefits.chainTitle', { title: props.initiative.title })}
          description={t('benefits.chainLead')}
          width={width}
          height={height}
        >
          <defs>
            <marker
              id="chain-arrow"
              viewBox="0 0 10 10"
              refX="10"
              refY="5"
              markerWidth="7"
              markerHeight="7"
              orient="auto"
            >
              <path d="M 0 0 L 10 5 L 0 10 z" fill="#374151" />
            </marker>
          </defs>
          {[
            t('benefits.chainInitiative'),
            t('benefits.chainEffect'),
            t('benefits.chainBenefit'),
            t('benefits.chainGoal'),
          ].map((label, i) => (
            <text x={px((columns[i] ?? 0) + 8)} y="22" font-weight="600" fill="#111827">
              {label}
            </text>
          ))}
          <Box x={c0} y={initiativeY} label={props.initiative.title} fill="#dbeafe" />
          {benefits.map((b, i) => {
            const y = rowY(i, benefits.length);
            return (
              <g>
                <Arrow x1={c0 + boxWidth} y1={mid(initiativeY)} x2={c1} y2={mid(y)} />
                <Box
                  x={c1}
                  y={y}
                  label={`${b.indicator} → ${num(t, b.targetValue)}`}
                  fill="#fef3c7"
                />
                <Arrow x1={c1 + boxWidth} y1={mid(y)} x2={c2} y2={mid(y)} />
                <Box
                  x={c2}
                  y={y}
                  label={b.description}
                  fill={b.isDisbenefit ? '#fee2e2' : '#dcfce7'}
                />
                {goals.map((_, g) => (
                  <Arrow x1={c2 + boxWidth} y1={mid(y)} x2={c3} y2={mid(rowY(g, goals.length))} />
                ))}
              </g>
            );
          })}
          {goals.map((g, i) => (
            <Box x={c3} y={rowY(i, goals.length)} label={g.title} fill="#ede9fe" />
          ))}
        </ChartFrame>
      </section>
      <ul class="ds-list" aria-label={t('benefits.chainTitle', { title: props.initiative.title })}>
        {benefits.map((b) => (
          <li>
            {t('benefits.chainItem', {
              initiative: props.initiative.title,
              effect: effectText(t, b),
              benefit: `${b.description}${b.isDisbenefit ? ` (${t('benefits.effect.dis-benefit')})` : ''}`,
              goals: goalText,
            })}
          </li>
        ))}
      </ul>
    </div>
  );
}
