import type { Child } from 'hono/jsx';
import { isMessageKey, type MessageKey, type Translator } from '../i18n/index.ts';
import { markFormErrors } from '../page-state.ts';

/** Submitted values and per-field error keys of a form being re-rendered. */
export type FormState = {
  values: Record<string, string>;
  errors: Record<string, string>;
};

export const emptyForm: FormState = { values: {}, errors: {} };

function message(t: Translator, key: string): string {
  return isMessageKey(key) ? t(key) : t('error.invalid');
}

export function CsrfField({ token }: { token: string }) {
  return <input type="hidden" name="_csrf" value={token} />;
}

/**
 * Lists every field error with a link to the field; takes focus on load so screen readers announce
 * it, and makes the page's title start with "Error: ".
 */
export function ErrorSummary(props: {
  t: Translator;
  form: FormState;
  labels: Record<string, string>;
  formError?: string | undefined;
}) {
  const entries = Object.entries(props.form.errors);
  if (entries.length === 0 && !props.formError) return null;
  // The page's <title> then starts with "Error: " (layout.tsx).
  markFormErrors();
  return (
    <section
      class="ds-error-summary"
      id="error-summary"
      tabindex={-1}
      autofocus
      aria-labelledby="error-summary-heading"
    >
      <h2 class="ds-heading" data-size="xs" id="error-summary-heading">
        {props.t('form.errorSummary')}
      </h2>
      <ul class="ds-list">
        {props.formError && <li>{props.formError}</li>}
        {entries.map(([field, key]) => (
          <li>
            <a class="ds-link" href={`#field-${field}`}>
              {props.labels[field] ? `${props.labels[field]}: ` : ''}
              {message(props.t, key)}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}

type FieldProps = {
  t: Translator;
  form: FormState;
  name: string;
  label: string;
  hint?: string | undefined;
  required?: boolean;
};

function describedBy(name: string, hint: boolean, error: boolean): string | undefined {
  const ids = [hint ? `hint-${name}` : '', error ? `error-${name}` : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

function FieldFrame(props: FieldProps & { children: Child }) {
  const error = props.form.errors[props.name];
  return (
    <div class="ds-field">
      <label class="ds-label" for={`field-${props.name}`}>
        {props.label}
      </label>
      {props.hint && (
        <p class="ds-paragraph" data-field="description" id={`hint-${props.name}`} data-size="sm">
          {props.hint}
        </p>
      )}
      {error && (
        <p class="ds-validation-message" data-field="validation" id={`error-${props.name}`}>
          {message(props.t, error)}
        </p>
      )}
      {props.children}
    </div>
  );
}

/**
 * A value for a native number field, which shows nothing for a value it cannot read: a number
 * typed the Nordic way ("1 250", "12,5") and sent back after an error is written plainly
 * ("1250", "12.5"); anything else is kept as it was (the field's error says what is wrong).
 */
export function numberFieldValue(value: string): string {
  const plain = value
    .replace(/[\s\u00a0\u202f]/g, '')
    .replace(',', '.')
    .replace('−', '-');
  return /^-?(\d+\.?\d*|\.\d+)$/.test(plain) ? plain : value;
}

/**
 * Settings of a native number field: `integer` steps by whole numbers, otherwise any decimal; a
 * field with `min` of 0 or more also asks a phone for its digit (or decimal) keypad.
 */
export type NumberOptions = { integer?: boolean; min?: number; max?: number };

// A phone's digit or decimal keypad has no minus sign: only a field that cannot be negative gets one.
function inputMode(o: NumberOptions | undefined): 'numeric' | 'decimal' | undefined {
  if (o?.min === undefined || o.min < 0) return undefined;
  return o.integer ? 'numeric' : 'decimal';
}

export function TextField(
  props: FieldProps & {
    type?: 'text' | 'email' | 'password' | 'url' | 'search' | 'number' | 'date' | 'datetime-local';
    autocomplete?: string;
    keepValue?: boolean;
    maxlength?: number;
    /** For `type="number"`: whole numbers or decimals, and the bounds the browser offers. */
    number?: NumberOptions;
  },
) {
  const error = props.form.errors[props.name];
  const raw = props.keepValue === false ? '' : (props.form.values[props.name] ?? '');
  const type = props.type ?? 'text';
  const numeric = type === 'number';
  return (
    <FieldFrame {...props}>
      <input
        class="ds-input"
        id={`field-${props.name}`}
        name={props.name}
        type={type}
        value={numeric ? numberFieldValue(raw) : raw}
        required={props.required}
        autocomplete={props.autocomplete}
        maxlength={numeric || type.startsWith('date') ? undefined : props.maxlength}
        inputmode={numeric ? inputMode(props.number) : undefined}
        step={numeric ? (props.number?.integer ? '1' : 'any') : undefined}
        min={numeric ? props.number?.min : undefined}
        max={numeric ? props.number?.max : undefined}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy(props.name, Boolean(props.hint), Boolean(error))}
      />
    </FieldFrame>
  );
}

export function TextAreaField(props: FieldProps & { rows?: number; maxlength?: number }) {
  const error = props.form.errors[props.name];
  return (
    <FieldFrame {...props}>
      <textarea
        class="ds-input"
        id={`field-${props.name}`}
        name={props.name}
        rows={props.rows ?? 5}
        required={props.required}
        maxlength={props.maxlength}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy(props.name, Boolean(props.hint), Boolean(error))}
      >
        {props.form.values[props.name] ?? ''}
      </textarea>
    </FieldFrame>
  );
}

export function SelectField(
  props: FieldProps & {
    options: { value: string; label: string; group?: string }[];
    placeholder?: string;
  },
) {
  const error = props.form.errors[props.name];
  const selected = props.form.values[props.name] ?? '';
  const groups = new Map<string, { value: string; label: string }[]>();
  for (const o of props.options) {
    const g = o.group ?? '';
    groups.set(g, [...(groups.get(g) ?? []), o]);
  }
  const renderOptions = (opts: { value: string; label: string }[]) =>
    opts.map((o) => (
      <option value={o.value} selected={o.value === selected}>
        {o.label}
      </option>
    ));
  return (
    <FieldFrame {...props}>
      <select
        class="ds-input"
        id={`field-${props.name}`}
        name={props.name}
        required={props.required}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy(props.name, Boolean(props.hint), Boolean(error))}
      >
        {props.placeholder !== undefined && <option value="">{props.placeholder}</option>}
        {[...groups.entries()].map(([group, opts]) =>
          group ? <optgroup label={group}>{renderOptions(opts)}</optgroup> : renderOptions(opts),
        )}
      </select>
    </FieldFrame>
  );
}

export function SubmitButton(props: { children: Child; variant?: 'primary' | 'secondary' }) {
  return (
    <button type="submit" class="ds-button" data-variant={props.variant ?? 'primary'}>
      {props.children}
    </button>
  );
}

/** A status message after a redirect (?done=key); polite live region for screen readers. */
export function Notice(props: { t: Translator; messageKey: MessageKey | undefined }) {
  if (!props.messageKey) return null;
  return (
    <div class="ds-alert" data-color="success" role="status">
      <p class="ds-paragraph">{props.t(props.messageKey)}</p>
    </div>
  );
}

/** A problem that is not tied to a field (e.g. a failed external login); announced at once. */
export function ProblemNotice(props: { t: Translator; messageKey: MessageKey | undefined }) {
  if (!props.messageKey) return null;
  return (
    <div class="ds-alert" data-color="danger" role="alert">
      <p class="ds-paragraph">{props.t(props.messageKey)}</p>
    </div>
  );
}

/** A one-button form that revokes something; the hidden text says what, for screen readers. */
export function RevokeButton(props: {
  t: Translator;
  action: string;
  csrfToken: string;
  what: string;
}) {
  return (
    <form method="post" action={props.action} class="inline-form">
      <CsrfField token={props.csrfToken} />
      <button type="submit" class="ds-button" data-variant="secondary" data-size="sm">
        {props.t('identity.account.revoke')}
        <span class="ds-sr-only">{` ${props.what}`}</span>
      </button>
    </form>
  );
}

/** A checkbox with its label and hint, checked when the form's value is "on". */
export function CheckboxField(props: {
  form: FormState;
  name: string;
  label: string;
  hint?: string;
}) {
  return (
    <div class="ds-field">
      <div class="checkbox-row">
        <input
          class="ds-input"
          type="checkbox"
          id={`field-${props.name}`}
          name={props.name}
          checked={props.form.values[props.name] === 'on'}
          aria-describedby={props.hint ? `hint-${props.name}` : undefined}
        />
        <label class="ds-label" for={`field-${props.name}`}>
          {props.label}
        </label>
      </div>
      {props.hint && (
        <p class="ds-paragraph" data-field="description" id={`hint-${props.name}`} data-size="sm">
          {props.hint}
        </p>
      )}
    </div>
  );
}
