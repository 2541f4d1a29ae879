import type { Child } from 'hono/jsx';
import {
  type FormState,
  SelectField,
  SubmitButton,
  TextAreaField,
  TextField,
} from '../../../web/components/forms.tsx';
import type { Translator } from '../../../web/i18n/index.ts';

/** Labels of a decision's fields, for the fields themselves and the page's error summary. */
export function decisionLabels(t: Translator, text: string = t('decisions.text')) {
  return {
    bodyId: t('decisions.body'),
    decidedOn: t('decisions.date'),
    text,
    paragraph: t('decisions.paragraph'),
    registrationNumber: t('decisions.registrationNumber'),
    protocolUrl: t('decisions.protocolUrl'),
  };
}

/**
 * The fields of a form that records a decision (deciding body, date, text, and where it is
 * recorded: paragraph, registration number, link to the minutes) and its submit button;
 * `children` (extra fields of that form) come after them. The caller renders the `<form>`, its
 * CSRF field, and what to say when there are no bodies to choose from.
 */
export function DecisionFields(props: {
  t: Translator;
  form: FormState;
  bodies: { id: string; name: string }[];
  submit: string;
  /** Label of the text field; the decision's text by default. */
  textLabel?: string;
  textRows?: number;
  children?: Child;
}) {
  const { t, form } = props;
  const labels = decisionLabels(t, props.textLabel);
  return (
    <>
      <SelectField
        t={t}
        form={form}
        name="bodyId"
        label={labels.bodyId}
        placeholder={t('decisions.chooseBody')}
        options={props.bodies.map((b) => ({ value: b.id, label: b.name }))}
        required
      />
      <TextField
        t={t}
        form={form}
        name="decidedOn"
        type="date"
        label={labels.decidedOn}
        hint={t('decisions.dateHint')}
        required
        maxlength={10}
      />
      <TextAreaField
        t={t}
        form={form}
        name="text"
        label={labels.text}
        {...(props.textRows === undefined ? {} : { rows: props.textRows })}
        required
      />
      <TextField
        t={t}
        form={form}
        name="paragraph"
        label={labels.paragraph}
        hint={t('decisions.paragraphHint')}
        maxlength={20}
      />
      <TextField
        t={t}
        form={form}
        name="registrationNumber"
        label={labels.registrationNumber}
        hint={t('decisions.registrationNumberHint')}
        maxlength={50}
      />
      <TextField
        t={t}
        form={form}
        name="protocolUrl"
        type="url"
        label={labels.protocolUrl}
        hint={t('decisions.protocolUrlHint')}
        maxlength={2000}
      />
      {props.children}
      <div>
        <SubmitButton>{props.submit}</SubmitButton>
      </div>
    </>
  );
}
