import { isMessageKey, type Translator } from '../../../../web/i18n/index.ts';

/** A form that failed, keyed by its prefix (`cap-new`, `sys-<id>`...), to re-render in place. */
export type FailedForm = {
  prefix: string;
  values: Record<string, string>;
  errors: Record<string, string>;
};

type Props = {
  t: Translator;
  /** Distinguishes this form's fields from the same fields of the page's other forms. */
  prefix: string;
  name: string;
  label: string;
  value: string;
  failed?: FailedForm | undefined;
  required?: boolean;
  options?: { value: string; label: string }[];
  placeholder?: string;
};

/**
 * A labelled text or select field for pages with many small forms: its id is unique on the page
 * (`field-<prefix>-<name>`, which the error summary links to) while its name stays the plain field name.
 */
export function InlineField(props: Props) {
  const { t, failed } = props;
  const own = failed?.prefix === props.prefix;
  const key = `${props.prefix}-${props.name}`;
  const error = own ? failed?.errors[props.name] : undefined;
  const value = own ? (failed?.values[props.name] ?? '') : props.value;
  const common = {
    class: 'ds-input',
    id: `field-${key}`,
    name: props.name,
    required: props.required,
    'aria-invalid': error ? 'true' : undefined,
    'aria-describedby': error ? `error-${key}` : undefined,
  };
  return (
    <div class="ds-field">
      <label class="ds-label" for={`field-${key}`}>
        {props.label}
      </label>
      {error && (
        <p class="ds-validation-message" data-field="validation" id={`error-${key}`}>
          {isMessageKey(error) ? t(error) : t('error.invalid')}
        </p>
      )}
      {props.options ? (
        <select {...common}>
          {props.placeholder !== undefined && <option value="">{props.placeholder}</option>}
          {props.options.map((o) => (
            <option value={o.value} selected={o.value === value}>
              {o.label}
            </option>
          ))}
        </select>
      ) : (
        <input {...common} type="text" value={value} maxlength={200} />
      )}
    </div>
  );
}

/** The failed form's errors keyed as the error summary expects (`<prefix>-<field>`). */
export function summaryState(failed: FailedForm | undefined) {
  if (!failed) return { values: {}, errors: {} };
  const errors: Record<string, string> = {};
  for (const [field, key] of Object.entries(failed.errors))
    errors[`${failed.prefix}-${field}`] = key;
  return { values: {}, errors };
}
