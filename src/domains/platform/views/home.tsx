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

export function AccessibilityPage(props: PageContext) {
  const { t } = props;
  return (
    <Layout {...props} title={t('platform.a11y.title')}>
      <h1 class="ds-heading" data-size="lg">
        {t('platform.a11y.title')}
      </h1>
      <p class="ds-paragraph">{t('platform.a11y.body1')}</p>
      <p class="ds-paragraph">{t('platform.a11y.body2')}</p>
      <p class="ds-paragraph">{t('platform.a11y.body3')}</p>
      <h2 class="ds-heading" data-size="sm">
        {t('platform.a11y.known')}
      </h2>
      <p class="ds-paragraph">{t('platform.a11y.knownBody')}</p>
    </Layout>
  );
}
