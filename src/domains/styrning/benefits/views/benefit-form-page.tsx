import {
  CsrfField,
  ErrorSummary,
  type FormState,
  SubmitButton,
} from '../../../../web/components/forms.tsx';
import { Layout, type PageContext } from '../../../../web/layout.tsx';
import { BenefitFields, benefitLabels } from './benefit-fields.tsx';

type Props = PageContext & {
  municipality: { id: string; name: string };
  initiative: { id: string; title: string };
  /** The benefit being edited; a new one when absent. */
  benefit?: { id: string; description: string } | undefined;
  form: FormState;
  currency: string;
};

/** The form that adds a benefit to an initiative or changes one. */
export function BenefitFormPage(props: Props) {
  const { t, municipality: m, initiative: i, benefit: b } = props;
  const base = `/${t.lang}/municipalities/${m.id}/initiatives/${i.id}/benefits`;
  const title = b
    ? t('benefits.editTitle', { description: b.description })
    : t('benefits.newTitle', { title: i.title });
  return (
    <Layout {...props} title={title} municipality={m}>
      <ErrorSummary t={t} form={props.form} labels={benefitLabels(t)} />
      <p class="ds-paragraph">
        <a class="ds-link" href={b ? `${base}/${b.id}` : base}>
          {b ? t('benefits.open') : t('benefits.title', { title: i.title })}
        </a>
      </p>
      <h1 class="ds-heading" data-size="lg">
        {title}
      </h1>
      <form method="post" action={b ? `${base}/${b.id}` : base} class="form" novalidate>
        <CsrfField token={props.csrfToken} />
        <BenefitFields t={t} form={props.form} currency={props.currency} />
        <div>
          <SubmitButton>{t('benefits.save')}</SubmitButton>
        </div>
      </form>
    </Layout>
  );
}
