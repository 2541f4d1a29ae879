import type { GateVerdict } from '../../../../engines/benefits/index.ts';
import {
  CsrfField,
  type FormState,
  SubmitButton,
  TextAreaField,
} from '../../../../web/components/forms.tsx';
import { HowWeCalculate } from '../../../../web/components/how-we-calculate.tsx';
import { ScrollableTable } from '../../../../web/components/table.tsx';
import { day } from '../../../../web/i18n/dates.ts';
import type { Translator } from '../../../../web/i18n/index.ts';
import { DecisionFields, decisionLabels } from '../../../decisions/views/decision-fields.tsx';
import { label, num, percent } from './format.ts';

export type GateProps = {
  t: Translator;
  csrfToken: string;
  action: { scale: string; override: string };
  stage: string;
  verdict: GateVerdict | null;
  descriptions: Map<string, string>;
  canScale: boolean;
  canOverride: boolean;
  bodies: { id: string; name: string }[];
  scaleForm: FormState;
  overrideForm: FormState;
};

/** Labels of the two gate forms' fields, for the page's error summary. */
export function gateLabels(t: Translator) {
  return {
    reason: t('benefits.scaleReason'),
    ...decisionLabels(t, t('benefits.overrideText')),
  };
}

function VerdictTable(props: {
  t: Translator;
  verdict: GateVerdict;
  descriptions: Map<string, string>;
}) {
  const { t } = props;
  return (
    <ScrollableTable label={t('benefits.gate')}>
      <thead>
        <tr>
          <th scope="col">{t('benefits.chainBenefit')}</th>
          <th scope="col">{t('benefits.gateStatus')}</th>
          <th scope="col">{t('benefits.latest')}</th>
          <th scope="col">{t('benefits.target')}</th>
          <th scope="col">{t('benefits.share')}</th>
        </tr>
      </thead>
      <tbody>
        {props.verdict.benefits.map((b) => (
          <tr>
            <th scope="row">{props.descriptions.get(b.benefitId) ?? ''}</th>
            <td>{label(t, 'benefits.gateStatus', b.status)}</td>
            <td>
              {b.latest
                ? t('benefits.valueOn', {
                    value: num(t, b.latest.value),
                    date: day(t, b.latest.date),
                  })
                : '–'}
            </td>
            <td>{num(t, b.target.value)}</td>
            <td class="numeric">{b.shareOfTarget === null ? '–' : percent(t, b.shareOfTarget)}</td>
          </tr>
        ))}
      </tbody>
    </ScrollableTable>
  );
}

/**
 * The scale gate of a pilot (issue 3, item 7): the verdict with each benefit's status; when it
 * passes, the form that moves the pilot to scaling; when it does not, the form that records a
 * decision overriding it.
 */
export function GateSection(props: GateProps) {
  const { t, verdict } = props;
  const l = gateLabels(t);
  return (
    <section aria-labelledby="gate-heading" class="stack" id="gate">
      <h2 class="ds-heading" data-size="md" id="gate-heading">
        {t('benefits.gate')}
      </h2>
      {props.stage !== 'pilot' ? (
        <p class="ds-paragraph">
          {t('benefits.notPilot', { stage: label(t, 'steering.stage', props.stage) })}
        </p>
      ) : verdict === null ? (
        <p class="ds-paragraph">{t('benefits.gate.no-gate-benefits')}</p>
      ) : (
        <>
          {verdict.benefits.length > 0 && (
            <VerdictTable t={t} verdict={verdict} descriptions={props.descriptions} />
          )}
          {verdict.passes && props.canScale && (
            <form method="post" action={props.action.scale} class="form" novalidate>
              <h3 class="ds-heading" data-size="sm">
                {t('benefits.scale')}
              </h3>
              <CsrfField token={props.csrfToken} />
              <TextAreaField
                t={t}
                form={props.scaleForm}
                name="reason"
                label={l.reason}
                rows={3}
                required
              />
              <div>
                <SubmitButton>{t('benefits.scaleSubmit')}</SubmitButton>
              </div>
            </form>
          )}
          {!verdict.passes && props.canOverride && (
            <form method="post" action={props.action.override} class="form" novalidate>
              <h3 class="ds-heading" data-size="sm">
                {t('benefits.override')}
              </h3>
              <p class="ds-paragraph">{t('benefits.overrideLead')}</p>
              <CsrfField token={props.csrfToken} />
              {props.bodies.length === 0 ? (
                <p class="ds-paragraph">{t('benefits.noBodies')}</p>
              ) : (
                <DecisionFields
                  t={t}
                  form={props.overrideForm}
                  bodies={props.bodies}
                  submit={t('benefits.overrideSubmit')}
                  textLabel={l.text}
                  textRows={4}
                />
              )}
            </form>
          )}
        </>
      )}
      <HowWeCalculate t={t}>
        <p class="ds-paragraph">{t('benefits.gateRule')}</p>
      </HowWeCalculate>
    </section>
  );
}

/**
 * The gate's verdict in one sentence, for the top of the benefits page: what a pilot's reader
 * needs first. Nothing for an initiative that is not a pilot.
 */
export function GateVerdictText(props: {
  t: Translator;
  stage: string;
  verdict: GateVerdict | null;
}) {
  const { t, verdict } = props;
  if (props.stage !== 'pilot') return null;
  const reason = verdict?.reason ?? 'no-gate-benefits';
  return (
    <div class="ds-alert result-alert" data-color={verdict?.passes ? 'success' : 'warning'}>
      <p class="ds-paragraph">
        <span id="gate-verdict">{t(`benefits.gate.${reason}`)}</span>{' '}
        <a class="ds-link" href="#gate">
          {t('benefits.gateDetails')}
        </a>
      </p>
    </div>
  );
}
