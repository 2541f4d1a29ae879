import {
  CsrfField,
  ErrorSummary,
  type FormState,
  SelectField,
  SubmitButton,
  TextAreaField,
  TextField,
} from '../../../../web/components/forms.tsx';
import { Layout, type PageContext } from '../../../../web/layout.tsx';

type Props = PageContext & {
  municipality: { id: string; name: string };
  departments: { id: string; name: string }[];
  form: FormState;
};

/** The form staff, managers and admins propose an initiative with; it starts as an idea. */
export function ProposePage(props: Props) {
  const { t, municipality: m } = props;
  const base = `/${t.lang}/municipalities/${m.id}`;
  const labels = {
    title: t('portfolio.initiative.title'),
    problem: t('portfolio.initiative.problem'),
    idea: t('portfolio.initiative.idea'),
    departmentId: t('portfolio.initiative.department'),
  };
  return (
    <Layout {...props} title={t('portfolio.initiatives.propose.title')} municipality={m}>
      <ErrorSummary t={t} form={props.form} labels={labels} />
      <h1 class="ds-heading" data-size="lg">
        {t('portfolio.initiatives.propose.title')}
      </h1>
      <p class="ds-paragraph">{t('portfolio.initiatives.propose.lead')}</p>
      {props.departments.length === 0 ? (
        <p class="ds-paragraph">{t('portfolio.initiatives.propose.noDepartments')}</p>
      ) : (
        <form method="post" action={`${base}/initiatives/new`} class="form" novalidate>
          <CsrfField token={props.csrfToken} />
          <TextField
            t={t}
            form={props.form}
            name="title"
            label={labels.title}
            required
            maxlength={200}
          />
          <SelectField
            t={t}
            form={props.form}
            name="departmentId"
            label={labels.departmentId}
            placeholder={t('portfolio.initiatives.propose.chooseDepartment')}
            options={props.departments.map((d) => ({ value: d.id, label: d.name }))}
            required
          />
          <TextAreaField
            t={t}
            form={props.form}
            name="problem"
            label={labels.problem}
            maxlength={10000}
          />
          <TextAreaField
            t={t}
            form={props.form}
            name="idea"
            label={labels.idea}
            maxlength={10000}
          />
          <div>
            <SubmitButton>{t('portfolio.initiatives.propose.submit')}</SubmitButton>
          </div>
        </form>
      )}
      <p class="ds-paragraph">
        <a class="ds-link" href={`${base}/initiatives`}>
          {t('portfolio.initiative.backToList')}
        </a>
      </p>
    </Layout>
  );
}
