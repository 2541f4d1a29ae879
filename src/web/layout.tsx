import type { Child } from 'hono/jsx';
import type { Actor } from '../vocabulary/actor.ts';
import { type Lang, languageNames, languages, type Translator } from './i18n/index.ts';

export type PageContext = {
  t: Translator;
  actor: Actor;
  csrfToken: string;
  /** Path and query of the current page, used by the language switcher. */
  path: string;
};

type LayoutProps = PageContext & {
  title: string;
  /** The municipality whose pages these are, shown in the header. */
  municipality?: { id: string; name: string } | undefined;
  children?: Child;
};

/** The current page in another language: the same path with its language prefix swapped. */
export function pathInLanguage(path: string, lang: Lang): string {
  const swapped = path.replace(/^\/(sv|nb|en)(?=\/|\?|$)/, `/${lang}`);
  return swapped === path && !/^\/(sv|nb|en)(\/|\?|$)/.test(path) ? `/${lang}` : swapped;
}

/** Every page's frame: skip link, header with language and login, one main landmark, footer. */
export function Layout(props: LayoutProps) {
  const { t, actor, title, municipality } = props;
  const lang = t.lang;
  return (
    <html lang={lang} data-color-scheme="light">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${title} – ${t('app.name')}`}</title>
        <link rel="stylesheet" href="/assets/designsystemet-theme.css" />
        <link rel="stylesheet" href="/assets/designsystemet.css" />
        <link rel="stylesheet" href="/assets/app.css" />
        {languages.map((l) => (
          <link rel="alternate" hreflang={l} href={pathInLanguage(props.path, l)} />
        ))}
      </head>
      <body>
        <a class="ds-skip-link" href="#main">
          {t('nav.skip')}
        </a>
        <header class="site-header">
          <div class="site-header__inner">
            <a class="site-brand" href={`/${lang}`}>
              {t('app.name')}
            </a>
            {municipality && (
              <a class="site-municipality" href={`/${lang}/municipalities/${municipality.id}`}>
                {municipality.name}
              </a>
            )}
            <nav aria-label={t('nav.main')} class="site-nav">
              <ul class="inline-list">
                <li>
                  <a class="ds-link" href={`/${lang}/municipalities`}>
                    {t('nav.municipalities')}
                  </a>
                </li>
                {actor.kind === 'user' ? (
                  <>
                    <li>
                      <a class="ds-link" href={`/${lang}/account`}>
                        {t('nav.account')}
                      </a>
                    </li>
                    <li>
                      <form method="post" action={`/${lang}/logout`} class="inline-form">
                        <input type="hidden" name="_csrf" value={props.csrfToken} />
                        <button
                          type="submit"
                          class="ds-button"
                          data-variant="tertiary"
                          data-size="sm"
                        >
                          {t('nav.logout')}
                        </button>
                      </form>
                    </li>
                  </>
                ) : (
                  <li>
                    <a class="ds-link" href={`/${lang}/login`}>
                      {t('nav.login')}
                    </a>
                  </li>
                )}
              </ul>
            </nav>
            <nav aria-label={t('nav.language')} class="site-languages">
              <ul class="inline-list">
                {languages.map((l) => (
                  <li>
                    <a
                      class="ds-link"
                      href={pathInLanguage(props.path, l)}
                      hreflang={l}
                      lang={l}
                      aria-current={l === lang ? 'true' : undefined}
                    >
                      {languageNames[l]}
                    </a>
                  </li>
                ))}
              </ul>
            </nav>
          </div>
        </header>
        <main id="main" tabindex={-1} class="site-main">
          {props.children}
        </main>
        <footer class="site-footer">
          <ul class="inline-list">
            <li>
              <a class="ds-link" href={`/${lang}/accessibility`}>
                {t('footer.accessibility')}
              </a>
            </li>
            <li>
              <a class="ds-link" href="/api/v1/openapi.json">
                {t('footer.api')}
              </a>
            </li>
          </ul>
          <p class="ds-paragraph" data-size="sm">
            {t('footer.about')} {t('footer.dataSources')}
          </p>
        </footer>
      </body>
    </html>
  );
}
