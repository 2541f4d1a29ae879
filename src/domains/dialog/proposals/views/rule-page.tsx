import { rulePresets, supportWays } from '../../../../engines/proposal-rules/index.ts';
import {
  CheckboxField,
  CsrfField,
  ErrorSummary,
  type FormState,
  SelectField,
  SubmitButton,
  TextField,
} from '../../../../web/components/forms.tsx';
import { Layout, type PageContext } from '../../../../web/layout.tsx';

type Props = PageContext & {
  municipality: { id: string; name: string };
  form: FormState;
  /** What the rule in force gives today; null threshold when it has no inhabitants to count. */
  current: { threshold: number | null; inhabitants: number | null };
};

/** The admin chooses the municipality's rule for proposals from the presets, or its own. */
export function RulePage(props: Props) {
  const { t, form, municipality: m } = props;
  const labels = {
    preset: t('proposals.rule.preset'),
    threshold: t('proposals.rule.threshold'),
    perMille: t('proposals.rule.perMille'),
    collectionDays: t('proposals.rule.collectionDays'),
    decisionMonths: t('proposals.rule.decisionMonths'),
    forgetSupportersDays: t('proposals.rule.forgetSupportersDays'),
    supportBy: t('proposals.rule.supportBy'),
    residenceDeclared: t('proposals.rule.residenceDeclared'),
  };
  const title = t('proposals.rule.title');
  return (
    <Layout {...props} title={title} municipality={m}>
      <ErrorSummary t={t} form={form} labels={labels} />
      <h1 class="ds-heading" data-size="lg">
        {title}
      </h1>
      <p class="ds-paragraph">{t('proposals.rule.lead')}</p>
      {props.current.threshold !== null && (
        <p class="ds-paragraph">
          {t('proposals.rule.current', {
            threshold: props.current.threshold,
            inhabitants: props.current.inhabitants ?? 0,
          })}
        </p>
      )}
      <form method="post" action={`/${t.lang}/municipalities/${m.id}/proposals/rule`}>
        <CsrfField token={props.csrfToken} />
        <SelectField
          t={t}
          form={form}
          name="preset"
          label={labels.preset}
          options={rulePresets.map((p) => ({ value: p, label: t(`proposals.preset.${p}`) }))}
          required
        />
        <TextField
          t={t}
          form={form}
          name="threshold"
          type="number"
          number={{ integer: true, min: 1 }}
          label={labels.threshold}
          hint={t('proposals.rule.thresholdHint')}
        />
        <TextField
          t={t}
          form={form}
          name="perMille"
          type="number"
          number={{ integer: true, min: 1, max: 1000 }}
          label={labels.perMille}
          hint={t('proposals.rule.perMilleHint')}
        />
        <TextField
          t={t}
          form={form}
          name="collectionDays"
          type="number"
          number={{ integer: true, min: 1, max: 730 }}
          label={labels.collectionDays}
          required
        />
        <TextField
          t={t}
          form={form}
          name="decisionMonths"
          type="number"
          number={{ integer: true, min: 1, max: 24 }}
          label={labels.decisionMonths}
          required
        />
        <TextField
          t={t}
          form={form}
          name="forgetSupportersDays"
          type="number"
          number={{ integer: true, min: 1, max: 730 }}
          label={labels.forgetSupportersDays}
          hint={t('proposals.rule.forgetSupportersHint')}
          required
        />
        <SelectField
          t={t}
          form={form}
          name="supportBy"
          label={labels.supportBy}
          options={supportWays.map((w) => ({ value: w, label: t(`proposals.supportBy.${w}`) }))}
          required
        />
        <CheckboxField
          form={form}
          name="residenceDeclared"
          label={labels.residenceDeclared}
          hint={t('proposals.rule.residenceDeclaredHint')}
        />
        <SubmitButton>{t('proposals.rule.submit')}</SubmitButton>
      </form>
    </Layout>
  );
}
