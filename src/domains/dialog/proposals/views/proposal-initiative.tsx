import { Content } from '../../../../web/components/content.tsx';
import { day } from '../../../../web/i18n/dates.ts';
import type { Translator } from '../../../../web/i18n/index.ts';
import { decisionHref } from '../../../decisions/decision-link.ts';
import type { ProposalInitiative } from '../proposal.load.ts';

const stageName = (t: Translator, stage: string) =>
  t(`steering.stage.${stage}` as 'steering.stage.idea');

/**
 * What an accepted proposal became: the initiative's stage now, its moves from stage to stage
 * as a list in time order (a move a body decided links to the decision), and the benefits it is to bring with the latest measurement.
 */
export function ProposalInitiativeSection(props: {
  t: Translator;
  initiative: ProposalInitiative;
  answeredAt: Date | null;
  /** The municipality's decisions page, which a move decided by a body links to. */
  decisionsPage: string;
  /** The initiative's own page in the portfolio. */
  initiativePage: string;
}) {
  const { t, initiative: i } = props;
  return (
    <section aria-labelledby="initiative-heading">
      <h2 class="ds-heading" data-size="sm" id="initiative-heading">
        {t('proposals.initiative.heading')}
      </h2>
      <p class="ds-paragraph">
        {t('proposals.initiative.became')}{' '}
        <a class="ds-link" href={props.initiativePage}>
          <Content t={t}>{i.title}</Content>
        </a>
        . {t('proposals.initiative.stageNow', { stage: stageName(t, i.stage) })}
      </p>
      <h3 class="ds-heading" data-size="xs">
        {t('proposals.initiative.timeline')}
      </h3>
      <ol class="ds-list">
        {props.answeredAt && (
          <li>{t('proposals.initiative.started', { date: t.date(props.answeredAt) })}</li>
        )}
        {i.moves.map((move) => (
          <li>
            {t('proposals.initiative.move', {
              date: t.date(move.at),
              from: stageName(t, move.fromStage),
              to: stageName(t, move.toStage),
            })}{' '}
            <Content t={t}>{move.reason}</Content>
            {move.decision && (
              <>
                {' '}
                <a class="ds-link" href={decisionHref(props.decisionsPage, move.decision.id)}>
                  {t('proposals.initiative.decision', {
                    date: day(t, move.decision.decidedOn),
                  })}
                  {move.decision.paragraph ? ` (${move.decision.paragraph})` : ''}
                </a>
              </>
            )}
          </li>
        ))}
      </ol>
      <h3 class="ds-heading" data-size="xs">
        {t('proposals.initiative.benefits')}
      </h3>
      {i.benefits.length === 0 ? (
        <p class="ds-paragraph">{t('proposals.initiative.noBenefits')}</p>
      ) : (
        <ul class="ds-list">
          {i.benefits.map((b) => (
            <li>
              <Content t={t}>{b.description}</Content>:{' '}
              {b.latest === null
                ? t('proposals.initiative.benefit', {
                    target: t.number(b.target),
                    unit: b.unit,
                  })
                : t('proposals.initiative.measured', {
                    value: t.number(b.latest),
                    target: t.number(b.target),
                    unit: b.unit,
                  })}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
