import {
  CheckboxField,
  type FormState,
  SelectField,
  TextAreaField,
  TextField,
} from '../../../../web/components/forms.tsx';
import { ValueAtDate } from '../../../../web/components/value-at-date.tsx';
import type { Translator } from '../../../../web/i18n/index.ts';
import { currencySymbol } from '../../../../web/i18n/index.ts';
import {
  benefitKinds,
  confidences,
  directions,
  effects,
  PLANNED_MAX_YEAR,
  PLANNED_MIN_YEAR,
} from '../benefit-input.ts';

/** Labels of the benefit form's fields, also used by its error summary. */
export function benefitLabels(t: Translator) {
  return {
    description: t('benefits.description'),
    kind: t('benefits.kind'),
    effect: t('benefits.effect'),
    recipient: t('benefits.recipient'),
    ownerName: t('benefits.owner'),
    indicator: t('benefits.indicator'),
    unit: t('benefits.unit'),
    direction: t('benefits.direction'),
    baselineValue: t('benefits.baselineValue'),
    baselineDate: t('benefits.baselineDate'),
    targetValue: t('benefits.targetValue'),
    targetDate: t('benefits.targetDate'),
    moneyPerUnit: t('benefits.moneyPerUnit'),
    confidence: t('benefits.confidence'),
    planned: t('benefits.planned'),
  };
}

/** Every field of a benefit, in the order people think about it (DIGG's specificera step). */
export function BenefitFields(props: { t: Translator; form: FormState; currency: string }) {
  const { t, form } = props;
  const l = benefitLabels(t);
  const dateHint = t('benefits.dateHint');
  return (
    <>
      <TextAreaField t={t} form={form} name="description" label={l.description} rows={3} required />
      <SelectField
        t={t}
        form={form}
        name="kind"
        label={l.kind}
        options={benefitKinds.map((k) => ({ value: k, label: t(`benefits.kind.${k}`) }))}
        required
      />
      <SelectField
        t={t}
        form={form}
        name="effect"
        label={l.effect}
        options={effects.map((e) => ({ value: e, label: t(`benefits.effect.${e}`) }))}
        required
      />
      <TextField
        t={t}
        form={form}
        name="recipient"
        label={l.recipient}
        hint={t('benefits.recipientHint')}
        maxlength={200}
      />
      <TextField
        t={t}
        form={form}
        name="ownerName"
        label={l.ownerName}
        hint={t('benefits.ownerHint')}
        required
        maxlength={200}
      />
      <TextField t={t} form={form} name="indicator" label={l.indicator} required maxlength={200} />
      <TextField t={t} form={form} name="unit" label={l.unit} required maxlength={40} />
      <SelectField
        t={t}
        form={form}
        name="direction"
        label={l.direction}
        options={directions.map((d) => ({ value: d, label: t(`benefits.direction.${d}`) }))}
        required
      />
      <ValueAtDate
        t={t}
        form={form}
        value={{ name: 'baselineValue', label: l.baselineValue }}
        date={{ name: 'baselineDate', label: l.baselineDate, hint: dateHint }}
      />
      <ValueAtDate
        t={t}
        form={form}
        value={{ name: 'targetValue', label: l.targetValue }}
        date={{ name: 'targetDate', label: l.targetDate, hint: dateHint }}
      />
      <TextField
        t={t}
        form={form}
        name="moneyPerUnit"
        type="number"
        number={{ min: 0 }}
        label={l.moneyPerUnit}
        hint={t('benefits.moneyPerUnitHint', { currency: currencySymbol(t, props.currency) })}
      />
      <SelectField
        t={t}
        form={form}
        name="confidence"
        label={l.confidence}
        options={confidences.map((c) => ({ value: c, label: t(`benefits.confidence.${c}`) }))}
        required
      />
      <TextAreaField
        t={t}
        form={form}
        name="planned"
        label={l.planned}
        hint={t('benefits.plannedHint', {
          min: String(PLANNED_MIN_YEAR),
          max: String(PLANNED_MAX_YEAR),
        })}
        rows={4}
      />
      <CheckboxField
        form={form}
        name="countsForGate"
        label={t('benefits.countsForGate')}
        hint={t('benefits.countsForGateHint')}
      />
    </>
  );
}
