import {
  CsrfField,
  ErrorSummary,
  type FormState,
  ProblemNotice,
  SelectField,
  SubmitButton,
  TextAreaField,
  TextField,
} from '../../../../web/components/forms.tsx';
import type { MessageKey, Translator } from '../../../../web/i18n/index.ts';
import { Layout, type PageContext } from '../../../../web/layout.tsx';
import { costModels, serviceDomains } from '../case-vocabulary.ts';
import { MAX_SUMMARY_LENGTH } from '../cases.inputs.ts';
import type { SimilarCase } from '../similar-cases.queries.ts';
import { SimilarCases } from './similar-cases.tsx';

type Props = PageContext & {
  municipality: { id: string; name: string };
  initiative: { id: string; title: string };
  /** The case already published from the initiative, if any. */
  existing: { id: string; status: string } | null;
  /** Published cases like the one about to be published: possible duplicates, shown before it is. */
  duplicates: readonly SimilarCase[];
  form: FormState;
  problem?: MessageKey | undefined;
};

function labelsOf(t: Translator) {
  return {
    title: t('cases.field.title'),
    summary: t('cases.field.summary'),
    need: t('cases.field.need'),
    solution: t('cases.field.solution'),
    results: t('cases.field.results'),
    lessons: t('cases.field.lessons'),
    contact: t('cases.field.contact'),
    serviceDomain: t('cases.field.serviceDomain'),
    licenceUrl: t('cases.field.licenceUrl'),
    sourceUrl: t('cases.field.sourceUrl'),
    documentsUrl: t('cases.field.documentsUrl'),
    procurementUrl: t('cases.field.procurementUrl'),
    costModel: t('cases.field.costModel'),
    costNote: t('cases.field.costNote'),
  };
}

/** Publishing an initiative as a shared case, or its next version; and withdrawing it. */
export function CaseFormPage(props: Props) {
  const { t, form, existing } = props;
  const labels = labelsOf(t);
  const title = t(existing ? 'cases.publish.editTitle' : 'cases.publish.title');
  const base = `/${t.lang}/municipalities/${props.municipality.id}/initiatives/${props.initiative.id}/case`;
  const links = ['licenceUrl', 'sourceUrl', 'documentsUrl', 'procurementUrl'] as const;
  return (
    <Layout
      {...props}
      title={title}
      municipality={props.municipality}
      trail={[
        {
          label: props.initiative.title,
          href: `/${t.lang}/municipalities/${props.municipality.id}/initiatives/${props.initiative.id}`,
        },
      ]}
    >
      <ErrorSummary t={t} form={form} labels={labels} />
      <ProblemNotice t={t} messageKey={props.problem} />
      <h1 class="ds-heading" data-size="lg">
        {title}
      </h1>
      <p class="ds-paragraph">{t('cases.publish.lead')}</p>
      <SimilarCases
        t={t}
        cases={props.duplicates}
        id="duplicates-heading"
        heading={t('cases.duplicates.title')}
        lead={t('cases.duplicates.lead')}
      />
      <form method="post" action={base} class="form" novalidate>
        <CsrfField token={props.csrfToken} />
        <TextField t={t} form={form} name="title" label={labels.title} maxlength={200} required />
        <TextAreaField
          t={t}
          form={form}
          name="summary"
          label={labels.summary}
          hint={t('cases.field.summaryHint')}
          rows={3}
          maxlength={MAX_SUMMARY_LENGTH}
          required
        />
        <TextAreaField t={t} form={form} name="need" label={labels.need} rows={4} />
        <TextAreaField t={t} form={form} name="solution" label={labels.solution} rows={4} />
        <TextAreaField t={t} form={form} name="results" label={labels.results} rows={4} />
        <TextAreaField t={t} form={form} name="lessons" label={labels.lessons} rows={4} />
        <TextField
          t={t}
          form={form}
          name="contact"
          type="email"
          label={labels.contact}
          hint={t('cases.field.contactHint')}
          autocomplete="email"
          required
        />
        <SelectField
          t={t}
          form={form}
          name="serviceDomain"
          label={labels.serviceDomain}
          placeholder={t('cases.chooseDomain')}
          options={serviceDomains.map((d) => ({ value: d, label: t(`cases.domain.${d}`) }))}
          required
        />
        {links.map((name) => (
          <TextField
            t={t}
            form={form}
            name={name}
            type="url"
            label={labels[name]}
            hint={t('cases.field.linksHint')}
          />
        ))}
        <SelectField
          t={t}
          form={form}
          name="costModel"
          label={labels.costModel}
          options={costModels.map((m) => ({ value: m, label: t(`cases.costModel.${m}`) }))}
          required
        />
        <TextAreaField t={t} form={form} name="costNote" label={labels.costNote} rows={2} />
        <SubmitButton>{t(existing ? 'cases.publish.update' : 'cases.publish.submit')}</SubmitButton>
      </form>
      {existing?.status === 'published' && (
        <section aria-labelledby="withdraw-heading">
          <h2 class="ds-heading" data-size="sm" id="withdraw-heading">
            {t('cases.withdraw.title')}
          </h2>
          <p class="ds-paragraph">{t('cases.withdraw.lead')}</p>
          <form method="post" action={`${base}/withdraw`}>
            <CsrfField token={props.csrfToken} />
            <SubmitButton variant="secondary">{t('cases.withdraw.submit')}</SubmitButton>
          </form>
        </section>
      )}
    </Layout>
  );
}
