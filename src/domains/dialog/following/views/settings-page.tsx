import {
  CsrfField,
  ErrorSummary,
  type FormState,
  Notice,
  SelectField,
  SubmitButton,
} from '../../../../web/components/forms.tsx';
import type { MessageKey } from '../../../../web/i18n/index.ts';
import { Layout, type PageContext } from '../../../../web/layout.tsx';
import { type Frequency, frequencies } from '../following.inputs.ts';

type Props = PageContext & {
  form: FormState;
  follows: { matterId: string; title: string; municipalityId: string; municipalityName: string }[];
  notice: MessageKey | undefined;
};

/** How often a person is mailed about the matters they follow, and which those are. */
export function SettingsPage(props: Props) {
  const { t } = props;
  const label = t('following.settings.frequency');
  const options = frequencies.map((f: Frequency) => ({
    value: f,
    label: t(`following.frequency.${f}`),
  }));
  return (
    <Layout {...props} title={t('following.settings.title')}>
      <ErrorSummary t={t} form={props.form} labels={{ frequency: label }} />
      <Notice t={t} messageKey={props.notice} />
      <h1 class="ds-heading" data-size="lg">
        {t('following.settings.title')}
      </h1>
      <p class="ds-paragraph">{t('following.settings.lead')}</p>
      <form method="post" action={`/${t.lang}/notifications`} novalidate>
        <CsrfField token={props.csrfToken} />
        <SelectField t={t} form={props.form} name="frequency" label={label} options={options} />
        <SubmitButton>{t('following.settings.submit')}</SubmitButton>
      </form>
      <h2 class="ds-heading" data-size="sm">
        {t('following.settings.follows')}
      </h2>
      {props.follows.length === 0 ? (
        <p class="ds-paragraph">{t('following.settings.noFollows')}</p>
      ) : (
        <ul class="ds-list">
          {props.follows.map((f) => (
            <li>
              <a
                class="ds-link"
                href={`/${t.lang}/municipalities/${f.municipalityId}/matters/${f.matterId}/follow`}
              >
                {f.title}
              </a>{' '}
              ({f.municipalityName})
            </li>
          ))}
        </ul>
      )}
    </Layout>
  );
}
