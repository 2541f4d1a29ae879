import type { Translator } from '../../../../web/i18n/index.ts';

/** The address of a matter's survey pages: `''` the survey itself, or one of its own pages. */
export function surveyPath(
  lang: string,
  municipalityId: string,
  matterId: string,
  page: '' | 'results' | 'edit' | 'answers' | 'export.csv' | 'questions' | 'publish' = '',
) {
  const base = `/${lang}/municipalities/${municipalityId}/matters/${matterId}/survey`;
  return page ? `${base}/${page}` : base;
}

/** The way back to the matter, above each survey page. */
export function BackToMatter(props: {
  t: Translator;
  municipalityId: string;
  matterId: string;
  title: string;
}) {
  const { t } = props;
  return (
    <p class="ds-paragraph" data-size="sm">
      <a
        class="ds-link"
        href={`/${t.lang}/municipalities/${props.municipalityId}/matters/${props.matterId}`}
      >
        {t('surveys.back')}: {props.title}
      </a>
    </p>
  );
}

/** Staff's links between the survey's pages; before the survey is started, only to start it. */
export function StaffLinks(props: {
  t: Translator;
  municipalityId: string;
  matterId: string;
  started: boolean;
}) {
  const { t } = props;
  const path = (p: 'edit' | 'answers' | 'results') =>
    surveyPath(t.lang, props.municipalityId, props.matterId, p);
  return (
    <ul class="ds-list survey-staff-links">
      <li>
        <a class="ds-link" href={path('edit')}>
          {t('surveys.build')}
        </a>
      </li>
      {props.started && (
        <>
          <li>
            <a class="ds-link" href={path('answers')}>
              {t('surveys.answers')}
            </a>
          </li>
          <li>
            <a class="ds-link" href={path('results')}>
              {t('surveys.results')}
            </a>
          </li>
        </>
      )}
    </ul>
  );
}
