import { CRITERIA } from '../../../../engines/prioritisation/index.ts';
import { type FormState, TextField } from '../../../../web/components/forms.tsx';
import type { Translator } from '../../../../web/i18n/index.ts';
import { MAX_WEIGHT, weightField } from '../prioritisation.inputs.ts';
import { criterionLabel } from './texts.ts';

/** Labels of the weight fields, for the error summary. */
export const weightLabels = (t: Translator) =>
  Object.fromEntries(CRITERIA.map((c) => [weightField(c), criterionLabel(t, c)]));

/** The six criteria weights as a fieldset of labelled number fields. */
export function WeightFields(props: { t: Translator; form: FormState }) {
  const { t } = props;
  return (
    <fieldset class="ds-fieldset stack" aria-describedby="weights-hint">
      <legend class="ds-label">{t('prioritisation.weights')}</legend>
      <p class="ds-paragraph" data-size="sm" id="weights-hint">
        {t('prioritisation.weightsHint')}
      </p>
      {CRITERIA.map((c) => (
        <TextField
          t={t}
          form={props.form}
          name={weightField(c)}
          type="number"
          number={{ min: 0, max: MAX_WEIGHT }}
          label={criterionLabel(t, c)}
          required
          maxlength={12}
        />
      ))}
    </fieldset>
  );
}

/** Form values of a set of weights, as shown in the fields. */
export function weightValues(weights: Record<string, number>): Record<string, string> {
  return Object.fromEntries(CRITERIA.map((c) => [weightField(c), String(weights[c] ?? 0)]));
}
