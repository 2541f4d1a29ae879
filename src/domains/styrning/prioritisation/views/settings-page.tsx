import {
  CsrfField,
  ErrorSummary,
  type FormState,
  Notice,
  SubmitButton,
  TextField,
} from '../../../../web/components/forms.tsx';
import type { MessageKey } from '../../../../web/i18n/index.ts';
import { Layout, type PageContext } from '../../../../web/layout.tsx';
import { WeightFields, weightLabels } from './weight-fields.tsx';

type Props = PageContext & {
  municipality: { id: string; name: string };
  form: FormState;
  notice?: MessageKey | undefined;
};

/** The admin's criteria weights and discount rate. */
export function SettingsPage(props: Props) {
  const { t, municipality: m } = props;
  const base = `/${t.lang}/municipalities/${m.id}/prioritisation`;
  const title = t('prioritisation.settingsTitle', { name: m.name });
  const labels = { ...weightLabels(t), discountRate: t('prioritisation.discountRate') };
  return (
    <Layout {...props} title={title} municipality={m}>
      <ErrorSummary t={t} form={props.form} labels={labels} />
      <Notice t={t} messageKey={props.notice} />
      <h1 class="ds-heading" data-size="lg">
        {title}
      </h1>
      <p class="ds-paragraph">{t('prioritisation.settingsLead')}</p>
      <p class="ds-paragraph">
        <a class="ds-link" href={base}>
          {t('prioritisation.back')}
        </a>
      </p>
      <form method="post" action={`${base}/settings`} class="form" novalidate>
        <CsrfField token={props.csrfToken} />
        <WeightFields t={t} form={props.form} />
        <TextField
          t={t}
          form={props.form}
          name="discountRate"
          type="number"
          number={{ min: 0, max: 30 }}
          label={labels.discountRate}
          hint={t('prioritisation.discountRateHint')}
          required
          maxlength={8}
        />
        <div>
          <SubmitButton>{t('prioritisation.saveSettings')}</SubmitButton>
        </div>
      </form>
    </Layout>
  );
}
