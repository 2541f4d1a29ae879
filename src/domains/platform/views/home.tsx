import { Layout, type PageContext } from '../../../web/layout.tsx';

export function HomePage(props: PageContext & { municipalities: number; counties: number }) {
  const { t } = props;
  return (
    <Layout {...props} title={t('platform.home.title')}>
      <h1 class="ds-heading" data-size="xl">
        {t('platform.home.title')}
      </h1>
      <p class="ds-paragraph" data-size="lg">
        {t('platform.home.lead')}
      </p>
      <ul class="cards">
        {(['styrning', 'dialog', 'delning'] as const).map((area) => (
          <li class="card">
            <h2 class="ds-heading" data-size="sm">
              {t(`platform.home.${area}.title`)}
            </h2>
            <p class="ds-paragraph">{t(`platform.home.${area}.text`)}</p>
          </li>
        ))}
      </ul>
      <h2 class="ds-heading" data-size="md">
        {t('platform.home.findMunicipality')}
      </h2>
      <form method="get" action={`/${t.lang}/municipalities`} class="search-row">
        <div class="ds-field">
          <label class="ds-label" for="home-q">
            {t('tenancy.municipalities.search')}
          </label>
          <input class="ds-input" id="home-q" name="q" type="search" maxlength={100} />
        </div>
        <button type="submit" class="ds-button">
          {t('tenancy.municipalities.searchButton')}
        </button>
      </form>
      <p class="ds-paragraph muted">
        {t('platform.home.stats', {
          municipalities: props.municipalities,
          counties: props.counties,
        })}
      </p>
    </Layout>
  );
}

const enforcementLinks = {
  se: 'https://www.digg.se/tdosanmalan',
  no: 'https://www.uutilsynet.no/',
} as const;

/**
 * The accessibility statement, in the parts the Swedish (DIGG) and Norwegian (Uutilsynet)
 * templates ask for: compliance status, what is not accessible, how it was tested, how to report a
 * problem, the enforcement body, and the date. Both countries' bodies are named, the reader's own
 * first.
 */
export function AccessibilityPage(props: PageContext) {
  const { t } = props;
  const countries = t.lang === 'nb' ? (['no', 'se'] as const) : (['se', 'no'] as const);
  return (
    <Layout {...props} title={t('platform.a11y.title')}>
      <h1 class="ds-heading" data-size="lg">
        {t('platform.a11y.title')}
      </h1>
      <p class="ds-paragraph">{t('platform.a11y.intro')}</p>
      <h2 class="ds-heading" data-size="sm">
        {t('platform.a11y.status.heading')}
      </h2>
      <p class="ds-paragraph" id="compliance-status">
        {t('platform.a11y.status.body')}
      </p>
      <p class="ds-paragraph">{t('platform.a11y.status.built')}</p>
      <h2 class="ds-heading" data-size="sm">
        {t('platform.a11y.known.heading')}
      </h2>
      <ul class="ds-list" id="known-shortcomings">
        <li>{t('platform.a11y.known.charts')}</li>
        <li>{t('platform.a11y.known.opinionMap')}</li>
        <li>{t('platform.a11y.known.documents')}</li>
      </ul>
      <h2 class="ds-heading" data-size="sm">
        {t('platform.a11y.tested.heading')}
      </h2>
      <p class="ds-paragraph">{t('platform.a11y.tested.body')}</p>
      <h2 class="ds-heading" data-size="sm">
        {t('platform.a11y.report.heading')}
      </h2>
      <p class="ds-paragraph">{t('platform.a11y.report.body')}</p>
      <h2 class="ds-heading" data-size="sm">
        {t('platform.a11y.enforcement.heading')}
      </h2>
      {countries.map((country) => (
        <p class="ds-paragraph">
          {t(`platform.a11y.enforcement.${country}`)}{' '}
          <a class="ds-link" href={enforcementLinks[country]}>
            {t(`platform.a11y.enforcement.${country}Link`)}
          </a>
        </p>
      ))}
      <p class="ds-paragraph muted" id="statement-date">
        {t('platform.a11y.date')}
      </p>
    </Layout>
  );
}
