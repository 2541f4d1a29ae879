import type { FormState } from '../../../../web/components/forms.tsx';
import { isMessageKey, type Translator } from '../../../../web/i18n/index.ts';

/** One checkbox with its label; checked when the form value is "on". */
export function Checkbox(props: { form: FormState; name: string; label: string }) {
  const id = `field-${props.name}`;
  return (
    <div class="ds-field check-field">
      <input
        class="ds-input"
        type="checkbox"
        id={id}
        name={props.name}
        checked={props.form.values[props.name] === 'on'}
      />
      <label class="ds-label" for={id} data-weight="regular">
        {props.label}
      </label>
    </div>
  );
}

/**
 * A group of checkboxes named `<prefix><id>` in a fieldset; the group's error (key `errorName`)
 * is tied to the fieldset, whose id the error summary links to.
 */
export function CheckboxGroup(props: {
  t: Translator;
  form: FormState;
  legend: string;
  prefix: string;
  errorName: string;
  options: { id: string; label: string }[];
}) {
  const error = props.form.errors[props.errorName];
  return (
    <fieldset
      class="ds-fieldset"
      id={`field-${props.errorName}`}
      tabindex={-1}
      aria-describedby={error ? `error-${props.errorName}` : undefined}
    >
      <legend class="ds-label">{props.legend}</legend>
      {error && (
        <p class="ds-validation-message" data-field="validation" id={`error-${props.errorName}`}>
          {isMessageKey(error) ? props.t(error) : props.t('error.invalid')}
        </p>
      )}
      {props.options.map((o) => (
        <Checkbox form={props.form} name={`${props.prefix}${o.id}`} label={o.label} />
      ))}
    </fieldset>
  );
}
