import type { Chosen } from '../../../../engines/sharing/facets.ts';
import type { Translator } from '../../../../web/i18n/index.ts';
import { CATALOGUE_PATH } from '../catalogue.dcat.ts';

/** The CSV address of a search: the same text and filters, every matching case. */
export function casesCsvHref(q: string, chosen: Chosen): string {
  const query = new URLSearchParams();
  if (q) query.set('q', q);
  for (const [name, values] of Object.entries(chosen)) {
    for (const v of values ?? []) query.append(name, v);
  }
  return `/api/v1/cases.csv${query.size ? `?${query}` : ''}`;
}

/** Links from the case search to the catalogue's open data: this search as CSV, the feed, DCAT-AP. */
export function OpenDataLinks(props: { t: Translator; q: string; chosen: Chosen }) {
  const { t } = props;
  return (
    <section class="open-data" aria-labelledby="open-data-heading">
      <h2 class="ds-heading" data-size="xs" id="open-data-heading">
        {t('catalogue.openData.heading')}
      </h2>
      <ul class="ds-list">
        <li>
          <a class="ds-link" href={casesCsvHref(props.q, props.chosen)} download>
            {t('catalogue.openData.csv')}
          </a>
        </li>
        <li>
          <a class="ds-link" href={`/${t.lang}/cases.atom`} type="application/atom+xml">
            {t('catalogue.openData.feed')}
          </a>
        </li>
        <li>
          <a class="ds-link" href="/api/v1/openapi.json">
            {t('catalogue.openData.api')}
          </a>
        </li>
        <li>
          <a class="ds-link" href={CATALOGUE_PATH} type="application/ld+json">
            {t('catalogue.openData.dcat')}
          </a>
        </li>
      </ul>
    </section>
  );
}
