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
import type { MunicipalityOnPage } from '../../../tenancy/municipality-param.ts';

/** The municipality admin's settings for its dialogues: how long background answers are kept. */
export function SettingsPage(
  props: PageContext & {
    municipality: MunicipalityOnPage;
    form: FormState;
    notice: MessageKey | undefined;
  },
) {
  const { t } = props;
  const label = t('dialogues.settings.retention');
  return (
    <Layout {...props} title={t('dialogues.settings.title')} municipality={props.municipality}>
      <ErrorSummary t={t} form={props.form} labels={{ retentionMonths: label }} />
      <Notice t={t} messageKey={props.notice} />
      <h1 class="ds-heading" data-size="lg">
        {t('dialogues.settings.title')}
      </h1>
      <form method="post" novalidate>
        <CsrfField token={props.csrfToken} />
        <TextField
          t={t}
          form={props.form}
          name="retentionMonths"
          label={label}
          hint={t('dialogues.settings.retentionHint')}
          type="number"
          number={{ integer: true, min: 1, max: 36 }}
          required
        />
        <SubmitButton>{t('dialogues.settings.submit')}</SubmitButton>
      </form>
    </Layout>
  );
}
