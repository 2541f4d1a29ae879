import type { Page } from '../../../../lib/paging.ts';
import { Pagination } from '../../../../web/components/pagination.tsx';
import { ScrollableTable } from '../../../../web/components/table.tsx';
import type { Translator } from '../../../../web/i18n/index.ts';
import type { SystemsMapData } from '../systems.load.ts';
import type { SystemRow } from '../systems.queries.ts';
import { systemsPageHref } from './systems-usage.tsx';

/** The catalogue as everyone with access reads it: capabilities, and systems with what they provide. */
export function CatalogueList(props: {
  t: Translator;
  base: string;
  data: SystemsMapData;
  /** The page of systems the table lists (capabilities are few, and listed whole). */
  shown: Page<SystemRow>;
  canConfigure: boolean;
}) {
  const { t, data, shown } = props;
  const capabilityName = new Map(data.capabilities.map((c) => [c.id, c.name]));
  return (
    <section aria-labelledby="catalogue-heading" class="stack" id="catalogue">
      <h2 class="ds-heading" data-size="sm" id="catalogue-heading">
        {t('roadmap.systems.catalogue')}
      </h2>
      {props.canConfigure && (
        <p class="ds-paragraph">
          <a class="ds-link" href={`${props.base}/systems/catalogue`}>
            {t('roadmap.systems.catalogueLink')}
          </a>
        </p>
      )}
      <h3 class="ds-heading" data-size="xs">
        {t('roadmap.systems.capabilities')}
      </h3>
      {data.capabilities.length === 0 ? (
        <p class="ds-paragraph">{t('roadmap.systems.noCapabilities')}</p>
      ) : (
        <ul class="ds-list">
          {data.capabilities.map((c) => (
            <li>{c.name}</li>
          ))}
        </ul>
      )}
      <h3 class="ds-heading" data-size="xs">
        {t('roadmap.systems.systems')}
        {shown.pageCount > 1 &&
          ` ${t('roadmap.systems.pageOf', { page: shown.page, pages: shown.pageCount })}`}
      </h3>
      {data.systems.length === 0 ? (
        <p class="ds-paragraph">{t('roadmap.systems.noSystems')}</p>
      ) : (
        <ScrollableTable label={t('roadmap.systems.systems')}>
          <thead>
            <tr>
              <th scope="col">{t('roadmap.systems.systemName')}</th>
              <th scope="col">{t('roadmap.systems.vendor')}</th>
              <th scope="col">{t('roadmap.systems.capability')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.items.map((s) => (
              <tr>
                <th scope="row">{s.name}</th>
                <td>{s.vendor}</td>
                <td>
                  {(s.capabilityId && capabilityName.get(s.capabilityId)) ||
                    t('roadmap.systems.noCapability')}
                </td>
              </tr>
            ))}
          </tbody>
        </ScrollableTable>
      )}
      <Pagination
        t={t}
        page={shown.page}
        pageCount={shown.pageCount}
        href={(page) => systemsPageHref(props.base, page, 'catalogue')}
        label={t('roadmap.systems.systemsPages')}
      />
    </section>
  );
}
