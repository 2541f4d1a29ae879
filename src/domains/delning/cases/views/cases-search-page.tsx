import type { Child } from 'hono/jsx';
import type { Chosen, FacetName } from '../../../../engines/sharing/facets.ts';
import { Content, langOf } from '../../../../web/components/content.tsx';
import { Pagination } from '../../../../web/components/pagination.tsx';
import type { MessageKey, Translator } from '../../../../web/i18n/index.ts';
import { Layout, type PageContext } from '../../../../web/layout.tsx';
import { SEARCH_TEXT_MAX } from '../../../../web/search.ts';
import { OpenDataLinks } from '../../catalogue/views/open-data-links.tsx';
import type { CaseSearchResult } from '../case-search.ts';

type Props = PageContext & {
  q: string;
  chosen: Chosen;
  unknownFilter: boolean;
  result: CaseSearchResult;
  countyNames: ReadonlyMap<string, string>;
};

/** The label of one facet value, in the page's language (counties by their own name). */
function valueLabel(
  t: Translator,
  facet: FacetName,
  value: string,
  counties: ReadonlyMap<string, string>,
) {
  switch (facet) {
    case 'country':
      return t(`cases.country.${value}` as MessageKey);
    case 'county':
      return counties.get(value) ?? value;
    case 'domain':
      return t(`cases.domain.${value}` as MessageKey);
    case 'stage':
      return t(`steering.stage.${value}` as MessageKey);
    case 'size':
      return t(`cases.size.${value}` as MessageKey);
    case 'realised':
      return t(`cases.realised.${value}` as MessageKey);
  }
}

/** The address of the search with `q`, the chosen facets and `page`: shareable, as it stands. */
export function searchHref(lang: string, q: string, chosen: Chosen, page = 1): string {
  const query = new URLSearchParams();
  if (q) query.set('q', q);
  for (const [name, values] of Object.entries(chosen)) {
    for (const v of values ?? []) query.append(name, v);
  }
  if (page > 1) query.set('page', String(page));
  return `/${lang}/cases${query.size ? `?${query}` : ''}`;
}

/** The network's shared cases: a text search, facets with counts, 25 a page; no script needed. */
export function CasesSearchPage(props: Props) {
  const { t, result, q, chosen } = props;
  const title = t('cases.search.title');
  // A chosen value stays in its filter, checked, also when nothing matches it now: otherwise a
  // search narrowed to nothing hides the very choice that has to be undone.
  const facets = (
    Object.entries(result.counts) as [FacetName, { value: string; count: number }[]][]
  ).map(([name, values]): [FacetName, { value: string; count: number }[]] => [
    name,
    [
      ...values,
      ...(chosen[name] ?? [])
        .filter((v) => !values.some((x) => x.value === v))
        .map((value) => ({ value, count: 0 })),
    ],
  ]);
  return (
    <Layout
      {...props}
      title={title}
      feeds={[{ title: t('catalogue.feed.title'), href: `/${t.lang}/cases.atom` }]}
    >
      <h1 class="ds-heading" data-size="lg">
        {title}
      </h1>
      <p class="ds-paragraph">{t('cases.search.lead')}</p>
      <form method="get" action={`/${t.lang}/cases`}>
        {/* biome-ignore lint/a11y/useSemanticElements: a div with role="search" is announced as a search landmark by every screen reader; the newer <search> element is not yet. */}
        <div role="search" class="search-box">
          <label class="ds-label" for="cases-q">
            {t('cases.search.label')}
          </label>
          <div class="search-box__row">
            <input
              class="ds-input"
              id="cases-q"
              name="q"
              type="search"
              value={q}
              maxlength={SEARCH_TEXT_MAX}
            />
            <button type="submit" class="ds-button">
              {t('cases.search.submit')}
            </button>
          </div>
        </div>
        {props.unknownFilter && (
          <div class="ds-alert" data-color="warning">
            <p class="ds-paragraph">{t('cases.search.unknownFilter')}</p>
          </div>
        )}
        <div class="case-search">
          <section class="case-facets" aria-labelledby="facets-heading">
            <h2 class="ds-heading" data-size="xs" id="facets-heading">
              {t('cases.search.filters')}
            </h2>
            {facets
              .filter(([, values]) => values.length > 0)
              .map(([name, values]) => (
                <FacetGroup t={t} name={name} chosen={chosen[name]?.length ?? 0}>
                  {values.map((v) => (
                    <label>
                      <input
                        class="ds-input"
                        type="checkbox"
                        name={name}
                        value={v.value}
                        checked={chosen[name]?.includes(v.value) ?? false}
                      />
                      {t('cases.facet.option', {
                        label: valueLabel(t, name, v.value, props.countyNames),
                        count: v.count,
                      })}
                    </label>
                  ))}
                </FacetGroup>
              ))}
            <button type="submit" class="ds-button" data-variant="secondary">
              {t('cases.search.apply')}
            </button>{' '}
            <a class="ds-link" href={searchHref(t.lang, q, {})}>
              {t('cases.search.clear')}
            </a>
          </section>
          <section aria-labelledby="results-heading">
            <h2 class="ds-heading" data-size="xs" id="results-heading">
              {t('cases.search.results')}
            </h2>
            <p class="ds-paragraph" role="status">
              {t('cases.search.count', { count: result.total })}
            </p>
            {result.similarOnly && <p class="ds-paragraph">{t('cases.search.similarOnly')}</p>}
            <ul class="card-list">
              {result.items.map((c) => (
                <CaseCard t={t} found={c} />
              ))}
            </ul>
            <Pagination
              t={t}
              page={result.page}
              pageCount={result.pageCount}
              href={(p) => searchHref(t.lang, q, chosen, p)}
            />
          </section>
        </div>
      </form>
      <OpenDataLinks t={t} q={q} chosen={chosen} />
    </Layout>
  );
}

/**
 * One filter's values, folded under its name so that a phone reaches the results after a few
 * lines rather than dozens of checkboxes; open when one of its values is chosen. The fieldset
 * keeps the values grouped under the filter's name for a screen reader.
 */
function FacetGroup(props: { t: Translator; name: FacetName; chosen: number; children?: Child }) {
  const { t, name, chosen } = props;
  const label = t(`cases.facet.${name}`);
  return (
    <details class="case-facet" open={chosen > 0}>
      <summary>
        {label}
        {chosen > 0 && ` (${t('cases.search.chosen', { count: chosen })})`}
      </summary>
      <fieldset>
        <legend class="ds-sr-only">{label}</legend>
        {props.children}
      </fieldset>
    </details>
  );
}

/** One case in the results, its title and summary marked with its municipality's language. */
function CaseCard(props: { t: Translator; found: CaseSearchResult['items'][number] }) {
  const c = props.found;
  const t = props.t.forCountry(c.country);
  return (
    <li>
      <article class="ds-card" aria-labelledby={`case-${c.id}`}>
        <h3 class="ds-heading" data-size="xs" id={`case-${c.id}`}>
          <a class="ds-link" href={`/${t.lang}/cases/${c.id}`} lang={langOf(t)}>
            {c.title}
          </a>
        </h3>
        <p class="ds-paragraph" data-size="sm">
          {t('cases.page.from', { municipality: c.municipalityName, county: c.countyName })}
          {' · '}
          {t(`cases.domain.${c.serviceDomain}` as MessageKey)}
          {c.stage && ` · ${t(`steering.stage.${c.stage}` as MessageKey)}`}
        </p>
        <p class="ds-paragraph">
          <Content t={t}>{c.summary}</Content>
        </p>
      </article>
    </li>
  );
}
