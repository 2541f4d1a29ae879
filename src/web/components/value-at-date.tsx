import type { Translator } from '../i18n/index.ts';
import type { FormState } from './forms.tsx';
import { TextField } from './forms.tsx';

/**
 * A measured value and the date it holds for: a number field and a date field side by side. The
 * baselines, targets and measurements of goals' indicators and of benefits all use it, so they are
 * typed, checked and read the same way everywhere.
 */
export function ValueAtDate(props: {
  t: Translator;
  form: FormState;
  value: { name: string; label: string };
  date: { name: string; label: string; hint?: string | undefined };
}) {
  const { t, form } = props;
  return (
    <div class="value-at-date">
      <TextField
        t={t}
        form={form}
        name={props.value.name}
        type="number"
        label={props.value.label}
        required
        maxlength={30}
      />
      <TextField
        t={t}
        form={form}
        name={props.date.name}
        type="date"
        label={props.date.label}
        hint={props.date.hint}
        required
        maxlength={10}
      />
    </div>
  );
}
