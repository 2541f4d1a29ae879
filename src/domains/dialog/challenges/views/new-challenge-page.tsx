import {
  CsrfField,
  ErrorSummary,
  type FormState,
  SelectField,
  TextAreaField,
  TextField,
} from '../../../../web/components/forms.tsx';
import { Layout, type PageContext } from '../../../../web/layout.tsx';

type Props = PageContext & {
  municipality: { id: string; name: string };
  /** The departments the actor may post a challenge for. */
  departments: readonly { id: string; name: string }[];
  form: FormState;
};

/** Staff post a challenge for a department they have rights in. */
export function NewChallengePage(props: Props) {
  const { t, form, municipality: m } = props;
  const base = `/${t.lang}/municipalities/${m.id}/challenges`;
  const labels = {
    title: t('challenges.field.title'),
    problem: t('challenges.field.problem'),
    affected: t('challenges.field.affected'),
    constraints: t('challenges.field.constraints'),
    departmentId: t('challenges.field.department'),
    startsOn: t('challenges.field.startsOn'),
    endsOn: t('challenges.field.endsOn'),
  };
  const title = t('challenges.new.title');
  return (
    <Layout {...props} title={title} municipality={m}>
      <ErrorSummary t={t} form={form} labels={labels} />
      <h1 class="ds-heading" data-size="lg">
        {title}
      </h1>
      <p class="ds-paragraph">{t('challenges.new.lead')}</p>
      <form method="post" action={`${base}/new`}>
        <CsrfField token={props.csrfToken} />
        <TextField t={t} form={form} name="title" label={labels.title} maxlength={150} required />
        <TextAreaField
          t={t}
          form={form}
          name="problem"
          label={labels.problem}
          hint={t('challenges.field.problemHint')}
          rows={6}
          maxlength={5000}
          required
        />
        <TextAreaField
          t={t}
          form={form}
          name="affected"
          label={labels.affected}
          rows={3}
          maxlength={2000}
          required
        />
        <TextAreaField
          t={t}
          form={form}
          name="constraints"
          label={labels.constraints}
          hint={t('challenges.field.constraintsHint')}
          rows={3}
          maxlength={2000}
        />
        <SelectField
          t={t}
          form={form}
          name="departmentId"
          label={labels.departmentId}
          placeholder={t('challenges.field.chooseDepartment')}
          options={props.departments.map((d) => ({ value: d.id, label: d.name }))}
          required
        />
        <TextField t={t} form={form} name="startsOn" label={labels.startsOn} type="date" required />
        <TextField t={t} form={form} name="endsOn" label={labels.endsOn} type="date" required />
        <button type="submit" class="ds-button" data-variant="primary">
          {t('challenges.new.submit')}
        </button>
      </form>
    </Layout>
  );
}
