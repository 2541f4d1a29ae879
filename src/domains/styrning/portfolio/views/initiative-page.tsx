import { langOf } from '../../../../web/components/content.tsx';
import { ErrorSummary, type FormState, Notice } from '../../../../web/components/forms.tsx';
import type { MessageKey, Translator } from '../../../../web/i18n/index.ts';
import { Layout, type PageContext } from '../../../../web/layout.tsx';
import type { Mention } from '../../../../web/mentions.ts';
import type { InitiativeBenefits } from '../../benefits/summary.ts';
import type { InitiativeDetail } from '../initiative-detail.queries.ts';
import type { NextAction } from '../next-actions.ts';
import {
  CostsTable,
  day,
  GoalsSection,
  RequirementsSection,
  RisksSection,
  Section,
} from './initiative-sections.tsx';
import { InitiativeSummary, NextActions, StageStepper } from './initiative-top.tsx';
import { stageLabel } from './initiatives-list-page.tsx';
import { StageSection, stageLabels } from './stage-section.tsx';

type Props = PageContext & {
  municipality: { id: string; name: string };
  detail: InitiativeDetail;
  currency: string;
  discountRate: number;
  /** The benefits side: calculus, how many benefits are on track, the gate. */
  benefits: InitiativeBenefits;
  /** Where other parts of Samskap name it: the proposal it came from, the case it is shared as. */
  mentions: readonly Mention[];
  /** What the viewer can do next; empty for visitors. */
  actions: NextAction[];
  canEdit: boolean;
  /** The systems touched are internal steering data (the systems map). */
  showSystems: boolean;
  stageForm: FormState;
  notice?: MessageKey | undefined;
};

function Tags({ t, items }: { t: Translator; items: string[] }) {
  if (items.length === 0) return <p class="ds-paragraph">{t('portfolio.initiative.none')}</p>;
  return (
    <ul class="ds-list">
      {items.map((s) => (
        <li>{s}</li>
      ))}
    </ul>
  );
}

function Linked(props: { t: Translator; base: string; items: InitiativeDetail['dependsOn'] }) {
  const { t, base, items } = props;
  if (items.length === 0) return <p class="ds-paragraph">{t('portfolio.initiative.none')}</p>;
  return (
    <ul class="ds-list">
      {items.map((x) => (
        <li>
          <a class="ds-link" href={`${base}/initiatives/${x.id}`} lang={langOf(t)}>
            {x.title}
          </a>{' '}
          ({stageLabel(t, x.stage)})
        </li>
      ))}
    </ul>
  );
}

/** Where other parts of Samskap name the initiative, each with a link; nothing when none do. */
function Mentions({ t, mentions }: { t: Translator; mentions: readonly Mention[] }) {
  if (mentions.length === 0) return null;
  return (
    <>
      <h3 class="ds-heading" data-size="xs">
        {t('portfolio.initiative.mentions')}
      </h3>
      <ul class="ds-list">
        {mentions.map((m) => (
          <li>
            {t(m.relation)}{' '}
            <a class="ds-link" href={`/${t.lang}${m.path}`} lang={langOf(t)}>
              {m.title}
            </a>
            {m.municipalityName ? ` (${m.municipalityName})` : ''}
          </li>
        ))}
      </ul>
    </>
  );
}

/**
 * One initiative. It opens with what matters: where it stands (the stage stepper), what it is in
 * numbers (summary) and what the viewer can do next; then every detail in sections, with its
 * stage history and the stage form for its editors.
 */
export function InitiativePage(props: Props) {
  const { t, municipality: m, detail: d } = props;
  const i = d.initiative;
  const base = `/${t.lang}/municipalities/${m.id}`;
  const self = `${base}/initiatives/${i.id}`;
  const sections: [string, string][] = [
    ['overview', t('portfolio.initiative.overview')],
    ['assessment', t('portfolio.initiative.assessment')],
    ['goals', t('portfolio.initiative.goals')],
    ['costs', t('portfolio.initiative.costs')],
    ['risks', t('portfolio.initiative.risks')],
    ['links', t('portfolio.initiative.dependencies')],
    ['stage', t('portfolio.initiative.history')],
  ];
  return (
    <Layout {...props} title={i.title} titleLang={langOf(t)} municipality={m}>
      <ErrorSummary t={t} form={props.stageForm} labels={stageLabels(t)} />
      <Notice t={t} messageKey={props.notice} />
      <h1 class="ds-heading" data-size="lg" lang={langOf(t)}>
        {i.title}
      </h1>
      <StageStepper t={t} detail={d} />
      <p class="ds-paragraph muted">
        {i.isPublic ? t('portfolio.initiative.publicYes') : t('portfolio.initiative.publicNo')}
        {i.mandatory ? ` · ${t('portfolio.initiative.mandatoryShort')}` : ''}
      </p>
      <InitiativeSummary
        t={t}
        base={base}
        detail={d}
        benefits={props.benefits}
        currency={props.currency}
        discountRate={props.discountRate}
      />
      <NextActions t={t} self={self} actions={props.actions} />
      <nav aria-label={t('portfolio.initiative.sections')} class="section-nav">
        <ul class="inline-list">
          {sections.map(([id, label]) => (
            <li>
              <a class="ds-link" href={`#${id}`}>
                {label}
              </a>
            </li>
          ))}
          <li>
            <a class="ds-link" href={`${self}/benefits`}>
              {t('portfolio.initiative.benefitsLink')}
            </a>
          </li>
          <li>
            <a class="ds-link" href={`${self}/calculus`}>
              {t('portfolio.initiative.calculusLink')}
            </a>
          </li>
        </ul>
      </nav>
      {props.canEdit && (
        <p class="ds-paragraph">
          <a class="ds-button" data-variant="secondary" href={`${self}/edit`}>
            {t('portfolio.initiative.edit')}
          </a>
        </p>
      )}
      <Section id="overview" title={t('portfolio.initiative.overview')}>
        <dl class="facts">
          <dt>{t('portfolio.initiative.department')}</dt>
          <dd>
            <a class="ds-link" href={`${base}/departments/${i.departmentId}`} lang={langOf(t)}>
              {d.departmentName}
            </a>
          </dd>
          <dt>{t('portfolio.initiative.participants')}</dt>
          <dd>
            {d.participants.length === 0
              ? '–'
              : d.participants.map((p, k) => (
                  <>
                    {k > 0 && ', '}
                    <a class="ds-link" href={`${base}/departments/${p.id}`} lang={langOf(t)}>
                      {p.name}
                    </a>
                  </>
                ))}
          </dd>
          <dt>{t('portfolio.initiative.ownerName')}</dt>
          <dd>{i.ownerName || '–'}</dd>
          <dt>{t('portfolio.initiative.startsOn')}</dt>
          <dd>{day(t, i.startsOn)}</dd>
          <dt>{t('portfolio.initiative.endsOn')}</dt>
          <dd>{day(t, i.endsOn)}</dd>
        </dl>
        <Mentions t={t} mentions={props.mentions} />
        <h3 class="ds-heading" data-size="xs">
          {t('portfolio.initiative.problem')}
        </h3>
        <p class="ds-paragraph prewrap">{i.problem || '–'}</p>
        <h3 class="ds-heading" data-size="xs">
          {t('portfolio.initiative.idea')}
        </h3>
        <p class="ds-paragraph prewrap">{i.idea || '–'}</p>
      </Section>
      <RequirementsSection t={t} d={d} />
      <GoalsSection t={t} d={d} base={base} />
      <Section id="costs" title={t('portfolio.initiative.costs')}>
        <CostsTable t={t} d={d} currency={props.currency} />
      </Section>
      <RisksSection t={t} d={d} />
      <Section id="links" title={t('portfolio.initiative.dependencies')}>
        <Linked t={t} base={base} items={d.dependsOn} />
        <h3 class="ds-heading" data-size="xs">
          {t('portfolio.initiative.dependents')}
        </h3>
        <Linked t={t} base={base} items={d.dependents} />
        {props.showSystems && (
          <>
            <h3 class="ds-heading" data-size="xs">
              {t('portfolio.initiative.systems')}
            </h3>
            <Tags t={t} items={d.systems.map((s) => s.name)} />
          </>
        )}
        <h3 class="ds-heading" data-size="xs">
          {t('portfolio.initiative.competences')}
        </h3>
        <Tags t={t} items={d.competences} />
      </Section>
      <StageSection
        t={t}
        base={base}
        detail={d}
        canEdit={props.canEdit}
        csrfToken={props.csrfToken}
        stageForm={props.stageForm}
      />
      <p class="ds-paragraph">
        <a class="ds-link" href={`${base}/initiatives`}>
          {t('portfolio.initiative.backToList')}
        </a>
      </p>
    </Layout>
  );
}
