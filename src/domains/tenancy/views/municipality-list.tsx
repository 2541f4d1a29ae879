import { raw } from 'hono/html';
import type { Translator } from '../../../web/i18n/index.ts';
import { Layout, type PageContext } from '../../../web/layout.tsx';
import { type Country, countriesInOrder } from '../own-country.ts';
import type { MunicipalityRow } from '../tenancy.queries.ts';

type Props = PageContext & {
  q: string;
  country: string;
  /** The reader's own country, offered first. */
  ownCountry: Country;
  /** The rendered MunicipalityResults: public and identical for every visitor, so it is cached. */
  resultsHtml: string;
};

function groupByCounty(items: MunicipalityRow[]) {
  const groups = new Map<string, { name: string; country: string; items: MunicipalityRow[] }>();
  for (const m of items) {
    const g = groups.get(m.county.id) ?? { name: m.county.name, country: m.country, items: [] };
    g.items.push(m);
    groups.set(m.county.id, g);
  }
  return [...groups.entries()];
}

/** Every municipality, grouped by county, with a diacritics-insensitive name search. */
export function MunicipalityListPage(props: Props) {
  const { t } = props;
  const lang = t.lang;
  return (
    <Layout {...props} title={t('tenancy.municipalities.title')}>
      <h1 class="ds-heading" data-size="lg">
        {t('tenancy.municipalities.title')}
      </h1>
      <p class="ds-paragraph">{t('tenancy.municipalities.lead')}</p>
      <form method="get" action={`/${lang}/municipalities`} class="search-row">
        <div class="ds-field">
          <label class="ds-label" for="field-q">
            {t('tenancy.municipalities.search')}
          </label>
          <input
            class="ds-input"
            id="field-q"
            name="q"
            type="search"
            value={props.q}
            maxlength={100}
          />
        </div>
        <div class="ds-field">
          <label class="ds-label" for="field-country">
            {t('tenancy.municipalities.country')}
          </label>
          <select class="ds-input" id="field-country" name="country">
            <option value="">{t('tenancy.municipalities.allCountries')}</option>
            {countriesInOrder(props.ownCountry).map((code) => (
              <option value={code} selected={props.country === code}>
                {t(`tenancy.country.${code}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" class="ds-button">
          {t('tenancy.municipalities.searchButton')}
        </button>
      </form>
      {raw(props.resultsHtml)}
    </Layout>
  );
}

/** The search outcome and the municipalities grouped by county, in the order given. */
export function MunicipalityResults(props: {
  t: Translator;
  q: string;
  total: number;
  items: MunicipalityRow[];
}) {
  const { t } = props;
  const lang = t.lang;
  return (
    <>
      <p class="ds-paragraph" role="status">
        {props.total === 0 && props.q
          ? t('tenancy.municipalities.noResults', { q: props.q })
          : t('tenancy.municipalities.results', { count: props.total })}
      </p>
      {groupByCounty(props.items).map(([countyId, group]) => (
        <section aria-labelledby={`county-${countyId}`}>
          <h2 class="ds-heading" data-size="xs" id={`county-${countyId}`}>
            {group.name}{' '}
            <span class="muted">
              ({t(`tenancy.country.${group.country === 'NO' ? 'NO' : 'SE'}`)})
            </span>
          </h2>
          <ul class="county-list">
            {group.items.map((m) => (
              <li>
                <a class="ds-link" href={`/${lang}/municipalities/${m.id}`}>
                  {m.name}
                </a>
                {m.hasDemoContent && (
                  <span
                    class="ds-tag"
                    data-color="warning"
                    data-size="sm"
                  >{` ${t('platform.demo.badge')}`}</span>
                )}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
