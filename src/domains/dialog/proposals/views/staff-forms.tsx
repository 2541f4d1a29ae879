import {
  CsrfField,
  type FormState,
  SelectField,
  SubmitButton,
  TextAreaField,
  TextField,
} from '../../../../web/components/forms.tsx';
import type { Translator } from '../../../../web/i18n/index.ts';
import {
  ReadabilityCheckButton,
  ReadabilityNote,
} from '../../plain-language/views/readability-note.tsx';
import { answers, refusalReasons } from '../proposals.policy.ts';

type FormProps = { t: Translator; csrfToken: string; action: string; form: FormState };

/** Staff accept a proposal for collecting support, or refuse it with a reason and a note. */
export function ScreeningForm(props: FormProps) {
  const { t, form } = props;
  return (
    <form method="post" action={props.action}>
      <CsrfField token={props.csrfToken} />
      <SelectField
        t={t}
        form={form}
        name="verdict"
        label={t('proposals.screen.verdict')}
        options={[
          { value: 'accept', label: t('proposals.screen.accept') },
          { value: 'refuse', label: t('proposals.screen.refuse') },
        ]}
        required
      />
      <SelectField
        t={t}
        form={form}
        name="refusal"
        label={t('proposals.screen.refusal')}
        placeholder={t('proposals.screen.choose')}
        options={refusalReasons.map((r) => ({ value: r, label: t(`proposals.refusal.${r}`) }))}
      />
      <TextAreaField t={t} form={form} name="note" label={t('proposals.screen.note')} rows={3} />
      <SubmitButton>{t('proposals.screen.submit')}</SubmitButton>
    </form>
  );
}

/** Staff register signatures collected on paper. */
export function PaperForm(props: FormProps) {
  const { t, form } = props;
  return (
    <form method="post" action={props.action}>
      <CsrfField token={props.csrfToken} />
      <TextField
        t={t}
        form={form}
        name="count"
        type="number"
        number={{ integer: true, min: 1, max: 100_000 }}
        label={t('proposals.paper.count')}
        required
      />
      <TextField
        t={t}
        form={form}
        name="signedOn"
        type="date"
        label={t('proposals.paper.signedOn')}
        required
      />
      <SubmitButton variant="secondary">{t('proposals.paper.submit')}</SubmitButton>
    </form>
  );
}

/** Staff publish the body's answer; the reason is written for residents, so its readability is shown. */
export function AnswerForm(props: FormProps & { departments: { id: string; name: string }[] }) {
  const { t, form } = props;
  return (
    <form method="post" action={props.action}>
      <CsrfField token={props.csrfToken} />
      <ReadabilityNote
        t={t}
        texts={[{ field: t('proposals.answerForm.reason'), text: form.values.reason }]}
      />
      <SelectField
        t={t}
        form={form}
        name="answer"
        label={t('proposals.answerForm.answer')}
        placeholder={t('proposals.answerForm.choose')}
        options={answers.map((a) => ({ value: a, label: t(`proposals.answer.${a}`) }))}
        required
      />
      <TextAreaField
        t={t}
        form={form}
        name="reason"
        label={t('proposals.answerForm.reason')}
        rows={5}
        maxlength={5000}
        required
      />
      <TextField
        t={t}
        form={form}
        name="decision"
        label={t('proposals.answerForm.decision')}
        maxlength={300}
        required
      />
      <SelectField
        t={t}
        form={form}
        name="departmentId"
        label={t('proposals.answerForm.department')}
        hint={t('proposals.answerForm.departmentHint')}
        placeholder={t('proposals.answerForm.choose')}
        options={props.departments.map((d) => ({ value: d.id, label: d.name }))}
      />
      <div class="form-actions">
        <SubmitButton>{t('proposals.answerForm.submit')}</SubmitButton>
        <ReadabilityCheckButton t={t} />
      </div>
    </form>
  );
}
