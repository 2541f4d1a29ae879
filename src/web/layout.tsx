import { raw } from 'hono/html';
import type { Child } from 'hono/jsx';
import type { Actor } from '../vocabulary/actor.ts';
import { assetUrl } from './asset-urls.ts';
import { documentTitle } from './document-title.ts';
import { type Lang, languageNames, languages, type Translator } from './i18n/index.ts';
import { municipalityNavigation, type NavLink, networkNavigation } from './navigation.ts';
import { type PageState, PageStateContext } from './page-state.ts';

export type PageContext = {
  t: Translator;
  actor: Actor;
  csrfToken: string;
  /** Path and query of the current page, used by the language switcher. */
  path: string;
};

/** A page on the way to the current one, for the breadcrumbs. */
export type Crumb = { label: string; href: string };
/** A municipality's own look, set by its admin: addresses of its logo and of its colour's stylesheet. */
export type Branding = {
  logoUrl?: string | undefined;
  stylesheetUrl?: string | undefined;
};

type LayoutProps = PageContext & {
  /** The page's own title; the layout adds the municipality and "Samskap" (document-title.ts). */
  title: string;
  /**
   * The language of the title when it is content written in another language than the page (an
   * initiative's title on an English page), so its place in the breadcrumbs is marked with it.
   */
  titleLang?: Lang | undefined;
  /**
   * Pages between the municipality's menu page and this one (the initiative on its benefits page).
   * The breadcrumbs start with the front page, the municipality and the menu page of this page.
   */
  trail?: Crumb[] | undefined;
  /**
   * The municipality whose pages these are: shown in the header with its logo and colour, with
   * its menu and breadcrumbs.
   */
  municipality?: { id: string; name: string; branding?: Branding | undefined } | undefined;
  /** Atom feeds of what the page lists, announced in the head so feed readers find them. */
  feeds?: readonly { title: string; href: string }[] | undefined;
  children?: Child;
};

/** The current page in another language: the same path with its language prefix swapped. */
export function pathInLanguage(path: string, lang: Lang): string {
  const swapped = path.replace(/^\/(sv|nb|en)(?=\/|\?|$)/, `/${lang}`);
  return swapped === path && !/^\/(sv|nb|en)(\/|\?|$)/.test(path) ? `/${lang}` : swapped;
}

/**
 * Every page's frame: skip link, header with language and login, one main landmark, footer. The
 * content is rendered first, so that the title can start with "Error: " when a form on the page
 * came back with errors (page-state.ts).
 */
export function Layout(props: LayoutProps) {
  const state: PageState = { hasErrors: false };
  const content = (
    <PageStateContext.Provider value={state}>{props.children}</PageStateContext.Provider>
  ).toString() as string | Promise<string>;
  return typeof content === 'string'
    ? frame(props, content, state)
    : content.then((html) => frame(props, html, state));
}

function frame(props: LayoutProps, content: string, state: PageState) {
  const { t, actor, title, municipality } = props;
  const lang = t.lang;
  const menu = municipality ? municipalityNavigation(lang, actor, municipality.id, props.path) : [];
  const branding = municipality?.branding;
  return (
    <html lang={lang} data-color-scheme="light">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{documentTitle(t, title, municipality?.name, state.hasErrors)}</title>
        <link rel="stylesheet" href={assetUrl('designsystemet-theme.css')} />
        <link rel="stylesheet" href={assetUrl('designsystemet.css')} />
        <link rel="stylesheet" href={assetUrl('app.css')} />
        {branding?.stylesheetUrl && <link rel="stylesheet" href={branding.stylesheetUrl} />}
        {languages.map((l) => (
          <link rel="alternate" hreflang={l} href={pathInLanguage(props.path, l)} />
        ))}
        {props.feeds?.map((f) => (
          <link rel="alternate" type="application/atom+xml" title={f.title} href={f.href} />
        ))}
      </head>
      <body class={branding?.stylesheetUrl ? 'branded' : undefined}>
        <a class="ds-skip-link" href="#main">
          {t('nav.skip')}
        </a>
        <header class="site-header">
          <div class="site-header__inner">
            <a class="site-brand" href={`/${lang}`}>
              {t('app.name')}
            </a>
            {municipality && (
              <span class="site-municipality">
                {branding?.logoUrl && (
                  <img
                    class="site-municipality__logo"
                    src={branding.logoUrl}
                    alt={t('nav.municipalityLogo', { name: municipality.name })}
                  />
                )}
                <a href={`/${lang}/municipalities/${municipality.id}`}>{municipality.name}</a>
              </span>
            )}
            <nav aria-label={t('nav.main')} class="site-nav">
              <ul class="inline-list">
                {networkNavigation(lang, actor, props.path).map((link) => (
                  <li>
                    <a class="ds-link" href={link.href} aria-current={ariaCurrent(link.current)}>
                      {t(link.label)}
                    </a>
                  </li>
                ))}
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
                        <button type="submit" class="ds-link link-button">
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
        {municipality && <MunicipalityMenu t={t} links={menu} municipality={municipality} />}
        <main id="main" tabindex={-1} class="site-main">
          {municipality && (
            <Breadcrumbs
              t={t}
              crumbs={breadcrumbs(t, municipality, menu, props.trail)}
              title={title}
              titleLang={props.titleLang}
            />
          )}
          {raw(content)}
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

/** `aria-current` for a menu link: `page` on the page itself, `true` on the page above it. */
function ariaCurrent(current: NavLink['current']): 'page' | 'true' | undefined {
  return current === 'page' ? 'page' : current === 'location' ? 'true' : undefined;
}

/** The municipality's own menu, built from the domains' navigation entries. */
function MunicipalityMenu(props: {
  t: Translator;
  links: NavLink[];
  municipality: { id: string; name: string };
}) {
  const { t, links } = props;
  const here = links.find((link) => link.current);
  return (
    <nav class="muni-nav" aria-label={t('nav.municipalityMenu', { name: props.municipality.name })}>
      {/* On phones the menu folds into a disclosure; wide screens show it open (see the CSS). */}
      <details class="muni-nav__menu">
        <summary class="muni-nav__toggle">
          {t('nav.menu')}
          {here && <span class="muni-nav__here">: {t(here.label)}</span>}
        </summary>
        <ul class="muni-nav__list">
          {links.map((link, i) => (
            <li
              class={
                i > 0 && links[i - 1]?.section !== link.section
                  ? 'muni-nav__item muni-nav__item--section'
                  : 'muni-nav__item'
              }
            >
              <a class="muni-nav__link" href={link.href} aria-current={ariaCurrent(link.current)}>
                {t(link.label)}
              </a>
            </li>
          ))}
        </ul>
      </details>
    </nav>
  );
}

/**
 * The way to this page: the front page, the municipality, the menu page above this one (when
 * this page is not itself in the menu) and the page's own trail.
 */
function breadcrumbs(
  t: Translator,
  municipality: { id: string; name: string },
  menu: NavLink[],
  trail: Crumb[] | undefined,
): Crumb[] {
  const home = `/${t.lang}/municipalities/${municipality.id}`;
  const crumbs: Crumb[] = [{ label: t('nav.home'), href: `/${t.lang}` }];
  // On the municipality's own start page the municipality is the current page, not a step.
  const onStartPage = menu.some((link) => link.href === home && link.current === 'page');
  if (!onStartPage) crumbs.push({ label: municipality.name, href: home });
  const above = menu.find((link) => link.current === 'location' && link.href !== home);
  if (above) crumbs.push({ label: t(above.label), href: above.href });
  return [...crumbs, ...(trail ?? [])];
}

/** Designsystemet breadcrumbs: the whole way on wide screens, one link back on phones. */
function Breadcrumbs(props: {
  t: Translator;
  crumbs: Crumb[];
  title: string;
  titleLang?: Lang | undefined;
}) {
  const { crumbs } = props;
  const up = crumbs[crumbs.length - 1];
  return (
    <nav class="ds-breadcrumbs site-breadcrumbs" aria-label={props.t('nav.breadcrumbs')}>
      {up && (
        <a class="ds-link" href={up.href}>
          {up.label}
        </a>
      )}
      <ol>
        {crumbs.map((c) => (
          <li>
            <a class="ds-link" href={c.href}>
              {c.label}
            </a>
          </li>
        ))}
        <li>
          <span aria-current="page" lang={props.titleLang}>
            {props.title}
          </span>
        </li>
      </ol>
    </nav>
  );
}
