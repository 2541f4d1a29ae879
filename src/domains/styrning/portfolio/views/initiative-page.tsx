import {
  CsrfField,
  ErrorSummary,
  type FormState,
  Notice,
  SelectField,
  SubmitButton,
  TextAreaField,
} from '../../../../web/components/forms.tsx';
import { ScrollableTable } from '../../../../web/components/table.tsx';
import type { MessageKey, Translator } from '../../../../web/i18n/index.ts';
import { Layout, type PageContext } from '../../../../web/layout.tsx';
import { nextStages } from '../../steering/stages.ts';
import type { InitiativeDetail } from '../initiative-detail.queries.ts';
import {
  CostsTable,
  day,
  GoalsSection,
  RequirementsSection,
  RisksTable,
  Section,
} from './initiative-sections.tsx';
import { stageLabel } from './initiatives-list-page.tsx';

type Props = PageContext & {
  municipality: { id: string; name: string };
  detail: InitiativeDetail;
  currency: string;
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
          <a class="ds-link" href={`${base}/initiatives/${x.id}`}>
            {x.title}
          </a>{' '}
          ({stageLabel(t, x.stage)})
        </li>
      ))}
    </ul>
  );
}

function StageSection(props: Props & { base: string }) {
  const { t, detail: d, base } = props;
  const i = d.initiative;
  const moves = nextStages(i.stage);
  const labels = {
    toStage: t('portfolio.initiative.toStage'),
    reason: t('portfolio.initiative.reason'),
  };
  return (
    <Section id="stage" title={t('portfolio.initiative.history')}>
      <p class="ds-paragraph">
        {d.createdByName
          ? t('portfolio.initiative.proposedBy', {
              name: d.createdByName,
              date: t.date(i.createdAt),
            })
          : t('portfolio.initiative.proposedOn', { date: t.date(i.createdAt) })}
      </p>
      {d.transitions.length > 0 && (
        <ScrollableTable
          label={t('portfolio.initiative.tableOf', { name: t('portfolio.initiative.history') })}
        >
          <thead>
            <tr>
              <th scope="col">{t('portfolio.initiative.when')}</th>
              <th scope="col">{t('portfolio.initiative.from')}</th>
              <th scope="col">{t('portfolio.initiative.to')}</th>
              <th scope="col">{t('portfolio.initiative.who')}</th>
              <th scope="col">{t('portfolio.initiative.reason')}</th>
            </tr>
          </thead>
          <tbody>
            {d.transitions.map((s) => (
              <tr>
                <td>{t.date(s.at, true)}</td>
                <td>{stageLabel(t, s.fromStage)}</td>
                <td>{stageLabel(t, s.toStage)}</td>
                <td>{s.actorName ?? '–'}</td>
                <td>
                  {s.reason}
                  {s.decisionId ? ` (${t('portfolio.initiative.byDecision')})` : ''}
                </td>
              </tr>
            ))}
          </tbody>
        </ScrollableTable>
      )}
      {i.stage === 'pilot' && (
        <p class="ds-paragraph">
          <a class="ds-link" href={`${base}/initiatives/${i.id}/benefits`}>
            {t('portfolio.initiative.gateLink')}
          </a>
        </p>
      )}
      {props.canEdit && (
        <section aria-labelledby="stage-change-heading" class="stack">
          <h3 class="ds-heading" data-size="xs" id="stage-change-heading">
            {t('portfolio.initiative.stageChange')}
          </h3>
          <p class="ds-paragraph">{t('portfolio.initiative.stageLead')}</p>
          {moves.length === 0 ? (
            <p class="ds-paragraph">{t('portfolio.initiative.noMoves')}</p>
          ) : (
            <form
              method="post"
              action={`${base}/initiatives/${i.id}/stage`}
              class="form"
              novalidate
            >
              <CsrfField token={props.csrfToken} />
              <SelectField
                t={t}
                form={props.stageForm}
                name="toStage"
                label={labels.toStage}
                placeholder={t('portfolio.initiative.chooseStage')}
                options={moves.map((s) => ({ value: s, label: t(`steering.stage.${s}`) }))}
                required
              />
              <TextAreaField
                t={t}
                form={props.stageForm}
                name="reason"
                label={labels.reason}
                rows={3}
                required
                maxlength={2000}
              />
              <div>
                <SubmitButton>{t('portfolio.initiative.stageSubmit')}</SubmitButton>
              </div>
            </form>
          )}
        </section>
      )}
    </Section>
  );
}

/** Everything about one initiative, in sections, with its stage history and the stage form for its editors. */
export function InitiativePage(props: Props) {
  const { t, municipality: m, detail: d } = props;
  const i = d.initiative;
  const base = `/${t.lang}/municipalities/${m.id}`;
  const labels = {
    toStage: t('portfolio.initiative.toStage'),
    reason: t('portfolio.initiative.reason'),
  };
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
    <Layout {...props} title={i.title} municipality={m}>
      <ErrorSummary t={t} form={props.stageForm} labels={labels} />
      <Notice t={t} messageKey={props.notice} />
      <h1 class="ds-heading" data-size="lg">
        {i.title}
      </h1>
      <p class="ds-paragraph">
        <strong>{t('portfolio.initiative.stage')}:</strong> {stageLabel(t, i.stage)} ·{' '}
        {i.isPublic ? t('portfolio.initiative.publicYes') : t('portfolio.initiative.publicNo')}
        {i.mandatory ? ` · ${t('portfolio.initiative.mandatoryShort')}` : ''}
      </p>
      <nav aria-label={t('portfolio.initiative.sections')}>
        <ul class="inline-list">
          {sections.map(([id, label]) => (
            <li>
              <a class="ds-link" href={`#${id}`}>
                {label}
              </a>
            </li>
          ))}
          <li>
            <a class="ds-link" href={`${base}/initiatives/${i.id}/benefits`}>
              {t('portfolio.initiative.benefitsLink')}
            </a>
          </li>
          <li>
            <a class="ds-link" href={`${base}/initiatives/${i.id}/calculus`}>
              {t('portfolio.initiative.calculusLink')}
            </a>
          </li>
        </ul>
      </nav>
      {props.canEdit && (
        <p class="ds-paragraph">
          <a class="ds-button" data-variant="secondary" href={`${base}/initiatives/${i.id}/edit`}>
            {t('portfolio.initiative.edit')}
          </a>
        </p>
      )}
      <Section id="overview" title={t('portfolio.initiative.overview')}>
        <dl class="facts">
          <dt>{t('portfolio.initiative.department')}</dt>
          <dd>
            <a class="ds-link" href={`${base}/departments/${i.departmentId}`}>
              {d.departmentName}
            </a>
          </dd>
          <dt>{t('portfolio.initiative.participants')}</dt>
          <dd>{d.participants.length ? d.participants.map((p) => p.name).join(', ') : '–'}</dd>
          <dt>{t('portfolio.initiative.ownerName')}</dt>
          <dd>{i.ownerName || '–'}</dd>
          <dt>{t('portfolio.initiative.startsOn')}</dt>
          <dd>{day(t, i.startsOn)}</dd>
          <dt>{t('portfolio.initiative.endsOn')}</dt>
          <dd>{day(t, i.endsOn)}</dd>
        </dl>
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
      <GoalsSection t={t} d={d} />
      <Section id="costs" title={t('portfolio.initiative.costs')}>
        <CostsTable t={t} d={d} currency={props.currency} />
      </Section>
      <Section id="risks" title={t('portfolio.initiative.risks')}>
        <RisksTable t={t} d={d} />
      </Section>
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
      <StageSection {...props} base={base} />
      <p class="ds-paragraph">
        <a class="ds-link" href={`${base}/initiatives`}>
          {t('portfolio.initiative.backToList')}
        </a>
      </p>
    </Layout>
  );
}
