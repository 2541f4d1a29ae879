import { Content, langOf } from '../../../../web/components/content.tsx';
import {
  CsrfField,
  ErrorSummary,
  emptyForm,
  type FormState,
  Notice,
  ProblemNotice,
  SelectField,
  SubmitButton,
} from '../../../../web/components/forms.tsx';
import { ScrollableTable } from '../../../../web/components/table.tsx';
import type { MessageKey, Translator } from '../../../../web/i18n/index.ts';
import { Layout, type PageContext } from '../../../../web/layout.tsx';
import { SoftwareSection } from '../../catalogue/views/software-section.tsx';
import type { CasePage as CasePageData } from '../case-page.load.ts';
import { adoptionModes, adoptionStages } from '../case-vocabulary.ts';
import type { SimilarCase } from '../similar-cases.queries.ts';
import { AdoptersSection } from './adopters-section.tsx';
import { SimilarCases } from './similar-cases.tsx';

/** Where the signed-in person may adopt the case: one form per municipality. */
export type AdoptOption = {
  municipality: { id: string; name: string };
  departments: { id: string; name: string }[];
  /** Their initiative from this case, when the municipality has adopted it already. */
  adoptedAs: string | null;
};

type Props = PageContext & {
  data: CasePageData;
  /** Published cases like this one, most alike first. */
  similar: readonly SimilarCase[];
  canEdit: boolean;
  adoptOptions: AdoptOption[];
  form: FormState;
  /** The municipality whose adoption form `form` was sent from. */
  formFor?: string | undefined;
  problem?: MessageKey | undefined;
  notice?: MessageKey | undefined;
};

/**
 * A shared case: what it is, its initiative's stage and benefits, who reuses it, and "we reuse
 * this". The page belongs to the publishing municipality: `t` is for its country
 * (`Translator.forCountry`), so what it wrote is marked with its language.
 */
export function CasePage(props: Props) {
  const { t, data } = props;
  const shared = data.found.case;
  const lang = langOf(t);
  const texts = [
    ['need', shared.need],
    ['solution', shared.solution],
    ['results', shared.results],
    ['lessons', shared.lessons],
  ] as const;
  const links = [
    ['licence', shared.licenceUrl],
    ['source', shared.sourceUrl],
    ['documents', shared.documentsUrl],
    ['procurement', shared.procurementUrl],
  ] as const;
  return (
    <Layout {...props} title={shared.title} titleLang={lang}>
      <ErrorSummary
        t={t}
        form={props.form}
        labels={{
          departmentId: t('cases.adopt.department'),
          stage: t('cases.adopt.stage'),
          mode: t('cases.adopt.mode'),
        }}
      />
      <ProblemNotice t={t} messageKey={props.problem} />
      <Notice t={t} messageKey={props.notice} />
      <h1 class="ds-heading" data-size="lg" lang={lang}>
        {shared.title}
      </h1>
      <p class="ds-paragraph">
        {t('cases.page.from', {
          municipality: data.found.municipalityName,
          county: data.found.countyName,
        })}
      </p>
      {shared.status === 'withdrawn' && shared.withdrawnAt && (
        <div class="ds-alert" data-color="warning">
          <p class="ds-paragraph">
            {t('cases.page.withdrawn', { date: t.date(shared.withdrawnAt) })}
          </p>
        </div>
      )}
      {data.stale && (
        <div class="ds-alert" data-color="warning">
          <p class="ds-paragraph">{t('cases.page.stale')}</p>
        </div>
      )}
      <ul class="ds-list">
        <li>
          {t('cases.page.updated', { date: t.date(shared.updatedAt), version: shared.version })}
        </li>
        <li>
          {t('cases.page.domain', {
            domain: t(`cases.domain.${shared.serviceDomain}` as MessageKey),
          })}
        </li>
        {data.found.initiativePublic && (
          <li>
            {t('cases.page.stage', {
              stage: t(`steering.stage.${data.found.stage}` as MessageKey),
            })}
          </li>
        )}
        <li>
          {t('cases.page.cost', { model: t(`cases.costModel.${shared.costModel}` as MessageKey) })}
        </li>
      </ul>
      {props.canEdit && (
        <p class="ds-paragraph">
          <a
            class="ds-link"
            href={`/${t.lang}/municipalities/${shared.municipalityId}/initiatives/${shared.initiativeId}/case`}
          >
            {t('cases.page.edit')}
          </a>
        </p>
      )}
      <p class="ds-paragraph" data-size="lg">
        <Content t={t}>{shared.summary}</Content>
      </p>
      {texts
        .filter(([, text]) => text)
        .map(([key, text]) => (
          <section aria-labelledby={`case-${key}`}>
            <h2 class="ds-heading" data-size="sm" id={`case-${key}`}>
              {t(`cases.field.${key}`)}
            </h2>
            <p class="ds-paragraph prewrap" lang={lang}>
              {text}
            </p>
          </section>
        ))}
      {shared.costNote && (
        <p class="ds-paragraph">
          <Content t={t}>{shared.costNote}</Content>
        </p>
      )}
      <h2 class="ds-heading" data-size="sm">
        {t('cases.page.contact')}
      </h2>
      <p class="ds-paragraph">
        <a class="ds-link" href={`mailto:${shared.contact}`}>
          {shared.contact}
        </a>
      </p>
      {links.some(([, url]) => url) && (
        <>
          <h2 class="ds-heading" data-size="sm">
            {t('cases.page.links')}
          </h2>
          <ul class="ds-list">
            {links
              .filter(([, url]) => url)
              .map(([key, url]) => (
                <li>
                  {t(`cases.page.${key}`)}:{' '}
                  <a class="ds-link" href={url} rel="noopener noreferrer">
                    {url}
                  </a>
                </li>
              ))}
          </ul>
        </>
      )}
      {shared.sourceUrl && data.software && (
        <SoftwareSection t={t} software={data.software} caseLang={t.contentLang} />
      )}
      {props.canEdit && shared.sourceUrl && (
        <p class="ds-paragraph">
          <a
            class="ds-link"
            href={`/${t.lang}/municipalities/${shared.municipalityId}/initiatives/${shared.initiativeId}/case/software`}
          >
            {t('catalogue.publiccode.link')}
          </a>
        </p>
      )}
      {data.found.initiativePublic && <BenefitsTable t={t} data={data} />}
      <AdoptersSection t={t} data={data} />
      {shared.status === 'published' && <AdoptForms {...props} />}
      <SimilarCases
        t={t}
        cases={props.similar}
        id="similar-heading"
        heading={t('cases.similar.title')}
      />
      {/* Publishing writes the first version; a case loaded from elsewhere may have none. */}
      {data.versions.length > 0 && (
        <>
          <h2 class="ds-heading" data-size="sm">
            {t('cases.page.history')}
          </h2>
          <ul class="ds-list">
            {data.versions.map((v) => (
              <li>{t('cases.page.version', { version: v.version, date: t.date(v.changedAt) })}</li>
            ))}
          </ul>
        </>
      )}
    </Layout>
  );
}

function BenefitsTable(props: { t: Translator; data: CasePageData }) {
  const { t, data } = props;
  return (
    <section>
      <h2 class="ds-heading" data-size="sm" id="case-benefits">
        {t('cases.page.benefits')}
      </h2>
      {data.benefits.length === 0 ? (
        <p class="ds-paragraph">{t('cases.page.noBenefits')}</p>
      ) : (
        <ScrollableTable label={t('cases.page.benefits')}>
          <thead>
            <tr>
              <th scope="col">{t('cases.page.benefit')}</th>
              <th scope="col">{t('cases.page.baseline')}</th>
              <th scope="col">{t('cases.page.target')}</th>
              <th scope="col">{t('cases.page.latest')}</th>
            </tr>
          </thead>
          <tbody>
            {data.benefits.map((b) => (
              <tr>
                <th scope="row" lang={langOf(t)}>
                  {b.description}
                </th>
                <td>{`${t.number(b.baselineValue)} ${b.unit}`}</td>
                <td>{`${t.number(b.targetValue)} ${b.unit}`}</td>
                <td>
                  {b.latestValue === null
                    ? t('cases.page.notMeasured')
                    : `${t.number(b.latestValue)} ${b.unit}`}
                </td>
              </tr>
            ))}
          </tbody>
        </ScrollableTable>
      )}
    </section>
  );
}

function AdoptForms(props: Props) {
  const { t } = props;
  if (props.actor.kind !== 'user') {
    return (
      <section aria-labelledby="adopt-heading">
        <h2 class="ds-heading" data-size="sm" id="adopt-heading">
          {t('cases.adopt.title')}
        </h2>
        <p class="ds-paragraph">{t('cases.adopt.signIn')}</p>
      </section>
    );
  }
  if (props.adoptOptions.length === 0) return null;
  return (
    <section aria-labelledby="adopt-heading">
      <h2 class="ds-heading" data-size="sm" id="adopt-heading">
        {t('cases.adopt.title')}
      </h2>
      <p class="ds-paragraph">{t('cases.adopt.lead')}</p>
      {props.adoptOptions.map((o) => {
        // Only the form that was sent shows what was chosen and what was wrong with it.
        const form = o.municipality.id === props.formFor ? props.form : emptyForm;
        return o.adoptedAs ? (
          <p class="ds-paragraph">
            {t('cases.adopt.municipality', { municipality: o.municipality.name })}:{' '}
            <a
              class="ds-link"
              href={`/${t.lang}/municipalities/${o.municipality.id}/initiatives/${o.adoptedAs}`}
            >
              {t('cases.adopt.yourInitiative')}
            </a>
          </p>
        ) : (
          <form method="post" action={`/${t.lang}/municipalities/${o.municipality.id}/adoptions`}>
            <CsrfField token={props.csrfToken} />
            <input type="hidden" name="caseId" value={props.data.found.case.id} />
            <h3 class="ds-heading" data-size="xs">
              {t('cases.adopt.municipality', { municipality: o.municipality.name })}
            </h3>
            <SelectField
              t={t}
              form={form}
              name="departmentId"
              label={t('cases.adopt.department')}
              placeholder={t('cases.adopt.chooseDepartment')}
              options={o.departments.map((d) => ({ value: d.id, label: d.name }))}
              required
            />
            <SelectField
              t={t}
              form={{ values: { stage: form.values.stage ?? 'idea' }, errors: form.errors }}
              name="stage"
              label={t('cases.adopt.stage')}
              options={adoptionStages.map((s) => ({ value: s, label: t(`steering.stage.${s}`) }))}
              required
            />
            <SelectField
              t={t}
              form={{ values: { mode: form.values.mode ?? 'as-is' }, errors: form.errors }}
              name="mode"
              label={t('cases.adopt.mode')}
              options={adoptionModes.map((m) => ({ value: m, label: t(`cases.mode.${m}`) }))}
              required
            />
            <SubmitButton>{t('cases.adopt.submit')}</SubmitButton>
          </form>
        );
      })}
    </section>
  );
}
