import {
  CheckboxField,
  CsrfField,
  ErrorSummary,
  type FormState,
  SelectField,
  SubmitButton,
  TextAreaField,
  TextField,
} from '../../../../web/components/forms.tsx';
import type { Translator } from '../../../../web/i18n/index.ts';
import { Layout, type PageContext } from '../../../../web/layout.tsx';
import {
  ReadabilityCheckButton,
  ReadabilityNote,
} from '../../plain-language/views/readability-note.tsx';
import { participationRules, statementRules } from '../dialogues.policy.ts';

type Props = PageContext & {
  municipality: { id: string; name: string };
  bodies: { id: string; name: string }[];
  departments: { id: string; name: string }[];
  form: FormState;
};

function labelsOf(t: Translator) {
  return {
    title: t('dialogues.field.title'),
    summary: t('dialogues.field.summary'),
    body: t('dialogues.field.body'),
    bodyId: t('dialogues.field.decisionBody'),
    departmentId: t('dialogues.field.department'),
    plannedDecisionOn: t('dialogues.field.plannedDecisionOn'),
    question: t('dialogues.field.question'),
    opensAt: t('dialogues.field.opensAt'),
    closesAt: t('dialogues.field.closesAt'),
    participation: t('dialogues.field.participation'),
    newStatements: t('dialogues.field.newStatements'),
    askAgeBand: t('dialogues.background.askAgeBand'),
    districts: t('dialogues.background.districts'),
  };
}

/** Staff register a matter before a body and set up the dialogue on it. */
export function NewMatterPage(props: Props) {
  const { t, form } = props;
  const labels = labelsOf(t);
  const title = t('dialogues.new.title');
  return (
    <Layout {...props} title={title} municipality={props.municipality}>
      <ErrorSummary t={t} form={form} labels={labels} />
      <h1 class="ds-heading" data-size="lg">
        {title}
      </h1>
      <p class="ds-paragraph">{t('dialogues.new.lead')}</p>
      <ReadabilityNote
        t={t}
        texts={[
          { field: labels.summary, text: form.values.summary },
          { field: labels.body, text: form.values.body },
          { field: labels.question, text: form.values.question },
        ]}
      />
      <form method="post" action={`/${t.lang}/municipalities/${props.municipality.id}/matters/new`}>
        <CsrfField token={props.csrfToken} />
        <TextField t={t} form={form} name="title" label={labels.title} maxlength={200} required />
        <TextAreaField
          t={t}
          form={form}
          name="summary"
          label={labels.summary}
          hint={t('dialogues.field.summaryHint')}
          rows={3}
          maxlength={1000}
          required
        />
        <TextAreaField t={t} form={form} name="body" label={labels.body} rows={8} />
        <SelectField
          t={t}
          form={form}
          name="bodyId"
          label={labels.bodyId}
          placeholder={t('decisions.chooseBody')}
          options={props.bodies.map((b) => ({ value: b.id, label: b.name }))}
          required
        />
        <SelectField
          t={t}
          form={form}
          name="departmentId"
          label={labels.departmentId}
          placeholder={t('dialogues.field.noDepartment')}
          options={props.departments.map((d) => ({ value: d.id, label: d.name }))}
        />
        <TextField
          t={t}
          form={form}
          name="plannedDecisionOn"
          type="date"
          label={labels.plannedDecisionOn}
          required
        />
        <TextField
          t={t}
          form={form}
          name="question"
          label={labels.question}
          hint={t('dialogues.field.questionHint')}
          maxlength={300}
          required
        />
        <TextField
          t={t}
          form={form}
          name="opensAt"
          type="datetime-local"
          label={labels.opensAt}
          hint={t('dialogues.field.timeHint')}
          required
        />
        <TextField
          t={t}
          form={form}
          name="closesAt"
          type="datetime-local"
          label={labels.closesAt}
          hint={t('dialogues.field.timeHint')}
          required
        />
        <SelectField
          t={t}
          form={form}
          name="participation"
          label={labels.participation}
          options={participationRules.map((r) => ({
            value: r,
            label: t(`dialogues.participation.${r}`),
          }))}
          required
        />
        <SelectField
          t={t}
          form={form}
          name="newStatements"
          label={labels.newStatements}
          options={statementRules.map((r) => ({
            value: r,
            label: t(`dialogues.newStatements.${r}`),
          }))}
          required
        />
        <fieldset class="feedback-theme">
          <legend class="ds-label">{t('dialogues.background.formTitle')}</legend>
          <p class="ds-paragraph" data-size="sm">
            {t('dialogues.background.formLead')}
          </p>
          <CheckboxField form={form} name="askAgeBand" label={labels.askAgeBand} />
          <TextAreaField
            t={t}
            form={form}
            name="districts"
            label={labels.districts}
            hint={t('dialogues.background.districtsHint')}
            rows={4}
          />
        </fieldset>
        <div class="form-actions">
          <SubmitButton>{t('dialogues.new.submit')}</SubmitButton>
          <ReadabilityCheckButton t={t} />
        </div>
      </form>
    </Layout>
  );
}
