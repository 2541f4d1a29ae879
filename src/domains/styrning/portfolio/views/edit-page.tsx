import {
  ErrorSummary,
  Notice,
  TextAreaField,
  TextField,
} from '../../../../web/components/forms.tsx';
import type { MessageKey, Translator } from '../../../../web/i18n/index.ts';
import { Layout, type PageContext } from '../../../../web/layout.tsx';
import { RATED_CRITERIA, REQUIREMENT_KEYS } from '../commands/edit-basics.ts';
import type { InitiativeDetail } from '../initiative-detail.queries.ts';
import { Checkbox, CheckboxGroup } from './checks.tsx';
import { CostsAndRisksSections } from './edit-costs-risks.tsx';
import { EDIT_SECTIONS, type EditForms, type SectionForm, sectionForms } from './edit-values.ts';
import { Section } from './initiative-sections.tsx';
import { stageLabel } from './initiatives-list-page.tsx';
import { PartForm } from './part-form.tsx';

export type EditCatalogue = {
  departments: { id: string; name: string }[];
  goals: { id: string; title: string }[];
  systems: { id: string; name: string }[];
  initiatives: { id: string; title: string; stage: string }[];
};

type Props = PageContext & {
  municipality: { id: string; name: string };
  detail: InitiativeDetail;
  catalogue: EditCatalogue;
  currency: string;
  forms: EditForms;
  notice?: MessageKey | undefined;
};

/** Labels of every field, for the error summary of the refused section. */
function labelsOf(t: Translator, c: EditCatalogue): Record<string, string> {
  return {
    title: t('portfolio.initiative.title'),
    problem: t('portfolio.initiative.problem'),
    idea: t('portfolio.initiative.idea'),
    ownerName: t('portfolio.initiative.ownerName'),
    startsOn: t('portfolio.initiative.startsOn'),
    endsOn: t('portfolio.initiative.endsOn'),
    participants: t('portfolio.initiative.participants'),
    contributions: t('portfolio.initiative.goals'),
    year: t('portfolio.initiative.year'),
    investment: t('portfolio.initiative.investment'),
    running: t('portfolio.initiative.running'),
    description: t('portfolio.initiative.riskDescription'),
    likelihood: t('portfolio.initiative.likelihood'),
    impact: t('portfolio.initiative.impact'),
    systems: t('portfolio.initiative.systems'),
    competences: t('portfolio.initiative.competences'),
    dependencies: t('portfolio.initiative.dependencies'),
    ...Object.fromEntries(
      RATED_CRITERIA.map((k) => [`rating_${k}`, t(`portfolio.initiative.rating.${k}`)]),
    ),
    ...Object.fromEntries(c.goals.map((g) => [`goal_${g.id}`, g.title])),
  };
}

/** The edit page of an initiative: one small form per section, each saved on its own. */
export function EditPage(props: Props) {
  const { t, municipality: m, detail: d, catalogue: cat } = props;
  const i = d.initiative;
  const base = `/${t.lang}/municipalities/${m.id}/initiatives/${i.id}`;
  const f = sectionForms(d, props.forms);
  const failed = EDIT_SECTIONS.map((s) => props.forms[s]).find(Boolean) as SectionForm | undefined;
  const labels = labelsOf(t, cat);
  const title = t('portfolio.initiative.editTitle', { title: i.title });
  const csrf = props.csrfToken;
  return (
    <Layout {...props} title={title} municipality={m}>
      {failed && <ErrorSummary t={t} form={failed} labels={labels} formError={failed.message} />}
      <Notice t={t} messageKey={props.notice} />
      <h1 class="ds-heading" data-size="lg">
        {title}
      </h1>
      <p class="ds-paragraph">
        {t('portfolio.initiative.stage')}: {stageLabel(t, i.stage)} ·{' '}
        <a class="ds-link" href={base}>
          {t('portfolio.initiative.back')}
        </a>
      </p>
      <Section id="basics" title={t('portfolio.initiative.overview')}>
        <PartForm t={t} action={`${base}/basics`} csrfToken={csrf}>
          <TextField
            t={t}
            form={f.basics}
            name="title"
            label={labels.title!}
            required
            maxlength={200}
          />
          <TextAreaField
            t={t}
            form={f.basics}
            name="problem"
            label={labels.problem!}
            maxlength={10000}
          />
          <TextAreaField t={t} form={f.basics} name="idea" label={labels.idea!} maxlength={10000} />
          <TextField
            t={t}
            form={f.basics}
            name="ownerName"
            label={labels.ownerName!}
            maxlength={200}
          />
          <TextField
            t={t}
            form={f.basics}
            name="startsOn"
            type="date"
            label={labels.startsOn!}
            hint={t('portfolio.initiative.dateHint')}
            maxlength={10}
          />
          <TextField
            t={t}
            form={f.basics}
            name="endsOn"
            type="date"
            label={labels.endsOn!}
            hint={t('portfolio.initiative.dateHint')}
            maxlength={10}
          />
          <Checkbox form={f.basics} name="isPublic" label={t('portfolio.initiative.public')} />
          <Checkbox form={f.basics} name="mandatory" label={t('portfolio.initiative.mandatory')} />
        </PartForm>
      </Section>
      <Section id="participants" title={t('portfolio.initiative.participants')}>
        <PartForm t={t} action={`${base}/participants`} csrfToken={csrf}>
          <CheckboxGroup
            t={t}
            form={f.participants}
            legend={t('portfolio.initiative.participants')}
            prefix="dept_"
            errorName="participants"
            options={cat.departments
              .filter((x) => x.id !== i.departmentId)
              .map((x) => ({ id: x.id, label: x.name }))}
          />
        </PartForm>
      </Section>
      <Section id="assessment" title={t('portfolio.initiative.assessment')}>
        <PartForm t={t} action={`${base}/assessment`} csrfToken={csrf}>
          <fieldset class="ds-fieldset">
            <legend class="ds-label">{t('portfolio.initiative.requirements')}</legend>
            <p class="ds-paragraph" data-size="sm">
              {t('portfolio.initiative.requirementsLead')}
            </p>
            {REQUIREMENT_KEYS.map((k) => (
              <Checkbox
                form={f.assessment}
                name={`req_${k}`}
                label={t(`portfolio.initiative.req.${k}`)}
              />
            ))}
          </fieldset>
          <p class="ds-paragraph" data-size="sm">
            {t('portfolio.initiative.ratingsLead')}
          </p>
          {RATED_CRITERIA.map((k) => (
            <TextField
              t={t}
              form={f.assessment}
              name={`rating_${k}`}
              type="number"
              number={{ min: 0, max: 5 }}
              label={t(`portfolio.initiative.rating.${k}`)}
              maxlength={6}
            />
          ))}
        </PartForm>
      </Section>
      <Section id="goals" title={t('portfolio.initiative.goals')}>
        <p class="ds-paragraph">{t('portfolio.initiative.goalsLead')}</p>
        {cat.goals.length === 0 ? (
          <p class="ds-paragraph">{t('portfolio.initiative.noGoals')}</p>
        ) : (
          <PartForm t={t} action={`${base}/goals`} csrfToken={csrf}>
            {f.goals.errors.contributions && (
              <p class="ds-validation-message" id="field-contributions" tabindex={-1}>
                {t('portfolio.initiative.error.goal')}
              </p>
            )}
            {cat.goals.map((g) => (
              <TextField
                t={t}
                form={f.goals}
                name={`goal_${g.id}`}
                type="number"
                number={{ min: 0, max: 1 }}
                label={`${g.title} – ${t('portfolio.initiative.weight')}`}
                maxlength={6}
              />
            ))}
          </PartForm>
        )}
      </Section>
      <CostsAndRisksSections
        t={t}
        d={d}
        base={base}
        csrf={csrf}
        currency={props.currency}
        labels={labels}
        f={f}
      />
      <Section id="systems" title={t('portfolio.initiative.systems')}>
        {cat.systems.length === 0 ? (
          <p class="ds-paragraph">{t('portfolio.initiative.noSystems')}</p>
        ) : (
          <PartForm t={t} action={`${base}/systems`} csrfToken={csrf}>
            <CheckboxGroup
              t={t}
              form={f.systems}
              legend={t('portfolio.initiative.systems')}
              prefix="sys_"
              errorName="systems"
              options={cat.systems.map((s) => ({ id: s.id, label: s.name }))}
            />
          </PartForm>
        )}
      </Section>
      <Section id="competences" title={t('portfolio.initiative.competences')}>
        <PartForm t={t} action={`${base}/competences`} csrfToken={csrf}>
          <TextField
            t={t}
            form={f.competences}
            name="competences"
            label={labels.competences!}
            hint={t('portfolio.initiative.competencesHint')}
            maxlength={3000}
          />
        </PartForm>
      </Section>
      <Section id="dependencies" title={t('portfolio.initiative.dependencies')}>
        <p class="ds-paragraph">{t('portfolio.initiative.dependenciesLead')}</p>
        {cat.initiatives.filter((x) => x.id !== i.id).length === 0 ? (
          <p class="ds-paragraph">{t('portfolio.initiative.noOtherInitiatives')}</p>
        ) : (
          <PartForm t={t} action={`${base}/dependencies`} csrfToken={csrf}>
            {f.dependencies.message && (
              <p class="ds-validation-message" data-field="validation">
                {f.dependencies.message}
              </p>
            )}
            <CheckboxGroup
              t={t}
              form={{
                ...f.dependencies,
                errors: f.dependencies.message ? {} : f.dependencies.errors,
              }}
              legend={t('portfolio.initiative.dependencies')}
              prefix="dep_"
              errorName="dependencies"
              options={cat.initiatives
                .filter((x) => x.id !== i.id)
                .map((x) => ({ id: x.id, label: `${x.title} (${stageLabel(t, x.stage)})` }))}
            />
          </PartForm>
        )}
      </Section>
    </Layout>
  );
}
