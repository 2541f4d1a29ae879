import { GOAL_RULE } from '../../../../engines/goals/index.ts';
import type { Page } from '../../../../lib/paging.ts';
import { langOf } from '../../../../web/components/content.tsx';
import { ErrorSummary, Notice, ProblemNotice } from '../../../../web/components/forms.tsx';
import { HowWeCalculate } from '../../../../web/components/how-we-calculate.tsx';
import { Pagination } from '../../../../web/components/pagination.tsx';
import { ScrollableTable } from '../../../../web/components/table.tsx';
import { day } from '../../../../web/i18n/dates.ts';
import type { MessageKey, Translator } from '../../../../web/i18n/index.ts';
import { Layout, type PageContext } from '../../../../web/layout.tsx';
import type { BenefitRow } from '../benefits.queries.ts';
import type { BenefitStatus } from '../summary.ts';
import { EffectChain } from './effect-chain.tsx';
import { label, num } from './format.ts';
import { type GateProps, GateSection, GateVerdictText, gateLabels } from './gate-section.tsx';
import { InitiativeHeader } from './initiative-header.tsx';

type Props = PageContext & {
  municipality: { id: string; name: string };
  initiative: { id: string; title: string };
  /** Every benefit: the status, the gate and the effect chain weigh them all. */
  benefits: BenefitRow[];
  /** The page of them the table shows. */
  shown: Page<BenefitRow>;
  latest: Map<string, { value: number; date: string } | null>;
  goals: { id: string; title: string }[];
  status: BenefitStatus;
  canEdit: boolean;
  gate: Omit<GateProps, 't' | 'csrfToken' | 'action'>;
  notice?: MessageKey | undefined;
  problem?: MessageKey | undefined;
};

/** How many of the benefits are on track, in words: "On track: 2 of 3 benefits. Not yet measured: 1." */
export function statusText(t: Translator, s: BenefitStatus): string {
  if (s.total === 0) return t('benefits.none');
  const onTrack = t('benefits.status.onTrack', { onTrack: s.onTrack, total: s.total });
  const unmeasured = s.total - s.measured;
  return unmeasured === 0
    ? onTrack
    : `${onTrack} ${t('benefits.status.unmeasured', { count: unmeasured })}`;
}

/**
 * An initiative's benefits: first where they stand (for a pilot, the scale gate's verdict), then
 * the list, the gate and the effect chain.
 */
export function BenefitsPage(props: Props) {
  const { t, municipality: m, initiative: i, shown } = props;
  const initiativePath = `/${t.lang}/municipalities/${m.id}/initiatives/${i.id}`;
  const base = `${initiativePath}/benefits`;
  const title = t('benefits.title', { title: i.title });
  const formErrors = {
    values: {},
    errors: { ...props.gate.scaleForm.errors, ...props.gate.overrideForm.errors },
  };
  return (
    <Layout {...props} title={title} municipality={m}>
      <ErrorSummary t={t} form={formErrors} labels={gateLabels(t)} />
      <Notice t={t} messageKey={props.notice} />
      <ProblemNotice t={t} messageKey={props.problem} />
      <InitiativeHeader
        t={t}
        initiativePath={initiativePath}
        sibling={{ href: `${initiativePath}/calculus`, label: t('benefits.calculusLink') }}
        title={title}
      />
      {props.gate.stage === 'pilot' ? (
        <GateVerdictText t={t} stage={props.gate.stage} verdict={props.gate.verdict} />
      ) : (
        <p class="ds-paragraph result-sentence" id="benefits-result">
          {statusText(t, props.status)}
        </p>
      )}
      <p class="ds-paragraph">{t('benefits.lead')}</p>
      <section aria-labelledby="list-heading" class="stack">
        <h2 class="ds-heading" data-size="md" id="list-heading">
          {t('benefits.list')}
          {shown.pageCount > 1 &&
            ` ${t('benefits.pageOf', { page: shown.page, pages: shown.pageCount })}`}
        </h2>
        {props.benefits.length === 0 ? (
          <p class="ds-paragraph">{t('benefits.none')}</p>
        ) : (
          <ScrollableTable label={t('benefits.list')}>
            <thead>
              <tr>
                <th scope="col">{t('benefits.description')}</th>
                <th scope="col">{t('benefits.kind')}</th>
                <th scope="col">{t('benefits.owner')}</th>
                <th scope="col">{t('benefits.indicator')}</th>
                <th scope="col">{t('benefits.baseline')}</th>
                <th scope="col">{t('benefits.target')}</th>
                <th scope="col">{t('benefits.latest')}</th>
                <th scope="col">{t('benefits.confidence')}</th>
              </tr>
            </thead>
            <tbody>
              {shown.items.map((b) => {
                const latest = props.latest.get(b.id);
                return (
                  <tr>
                    <th scope="row">
                      <a class="ds-link" href={`${base}/${b.id}`} lang={langOf(t)}>
                        {b.description}
                      </a>
                      {b.isDisbenefit && ` (${t('benefits.effect.dis-benefit')})`}
                    </th>
                    <td>{label(t, 'benefits.kind', b.kind)}</td>
                    <td>{b.ownerName}</td>
                    <td>{`${b.indicator} (${b.unit})`}</td>
                    <td>
                      {t('benefits.valueOn', {
                        value: num(t, b.baselineValue),
                        date: day(t, b.baselineDate),
                      })}
                    </td>
                    <td>
                      {t('benefits.valueOn', {
                        value: num(t, b.targetValue),
                        date: day(t, b.targetDate),
                      })}
                    </td>
                    <td>
                      {latest
                        ? t('benefits.valueOn', {
                            value: num(t, latest.value),
                            date: day(t, latest.date),
                          })
                        : '–'}
                    </td>
                    <td>{label(t, 'benefits.confidence', b.confidence)}</td>
                  </tr>
                );
              })}
            </tbody>
          </ScrollableTable>
        )}
        <Pagination
          t={t}
          page={shown.page}
          pageCount={shown.pageCount}
          href={(page) => (page > 1 ? `${base}?page=${page}` : base)}
        />
        <HowWeCalculate t={t}>
          <p class="ds-paragraph">
            {t('benefits.status.rule', { margin: Math.round(GOAL_RULE.onTrackMargin * 100) })}
          </p>
        </HowWeCalculate>
        {props.canEdit && (
          <p class="ds-paragraph">
            <a class="ds-button" data-variant="secondary" href={`${base}/new`}>
              {t('benefits.add')}
            </a>
          </p>
        )}
      </section>
      <GateSection
        {...props.gate}
        t={t}
        csrfToken={props.csrfToken}
        action={{ scale: `${initiativePath}/scale`, override: `${initiativePath}/gate-override` }}
      />
      <section aria-labelledby="chain-heading" class="stack">
        <h2 class="ds-heading" data-size="md" id="chain-heading">
          {t('benefits.chain')}
        </h2>
        <p class="ds-paragraph">{t('benefits.chainLead')}</p>
        {/* The whole chain, not a page of it: it draws how all benefits lead to the goals. */}
        <EffectChain t={t} initiative={i} benefits={props.benefits} goals={props.goals} />
      </section>
    </Layout>
  );
}
