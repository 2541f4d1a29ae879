import type { Page } from '../../../../lib/paging.ts';
import { CsrfField } from '../../../../web/components/forms.tsx';
import { Pagination } from '../../../../web/components/pagination.tsx';
import { ScrollableTable } from '../../../../web/components/table.tsx';
import type { Translator } from '../../../../web/i18n/index.ts';
import type { SystemsMapData } from '../systems.load.ts';
import type { SystemRow } from '../systems.queries.ts';

/**
 * Which department uses which system (a matrix: it scrolls in its own box on a phone), with a
 * toggle wherever the actor manages the department; a page of systems at a time.
 */
export function Usage(props: {
  t: Translator;
  base: string;
  csrfToken: string;
  data: SystemsMapData;
  /** The page of systems that are rows here. */
  shown: Page<SystemRow>;
  canManage: (departmentId: string) => boolean;
}) {
  const { t, data, shown } = props;
  const used = new Set(data.usage.map((u) => `${u.departmentId}/${u.systemId}`));
  if (data.systems.length === 0 || data.departments.length === 0) return null;
  return (
    <section aria-labelledby="usage-heading" class="stack" id="usage">
      <h2 class="ds-heading" data-size="sm" id="usage-heading">
        {t('roadmap.systems.usage')}
        {shown.pageCount > 1 &&
          ` ${t('roadmap.systems.pageOf', { page: shown.page, pages: shown.pageCount })}`}
      </h2>
      <ScrollableTable label={t('roadmap.systems.usage')} layout="matrix">
        <thead>
          <tr>
            <th scope="col">{t('roadmap.systems.systemName')}</th>
            {data.departments.map((d) => (
              <th scope="col">{d.name}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {shown.items.map((s) => (
            <tr>
              <th scope="row">{s.name}</th>
              {data.departments.map((d) => {
                const uses = used.has(`${d.id}/${s.id}`);
                return (
                  <td>
                    <span>
                      {uses ? t('roadmap.systems.uses') : t('roadmap.systems.doesNotUse')}
                    </span>
                    {props.canManage(d.id) && (
                      <form method="post" action={`${props.base}/system-usage`} class="inline-form">
                        <CsrfField token={props.csrfToken} />
                        <input type="hidden" name="departmentId" value={d.id} />
                        <input type="hidden" name="systemId" value={s.id} />
                        <input type="hidden" name="use" value={uses ? 'no' : 'yes'} />
                        {shown.page > 1 && (
                          <input type="hidden" name="page" value={String(shown.page)} />
                        )}
                        <button
                          type="submit"
                          class="ds-button"
                          data-variant="secondary"
                          data-size="sm"
                        >
                          {uses ? t('roadmap.systems.stopUsing') : t('roadmap.systems.markUsed')}
                          <span class="ds-sr-only">{` ${t('roadmap.systems.usagePair', { system: s.name, department: d.name })}`}</span>
                        </button>
                      </form>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </ScrollableTable>
      <Pagination
        t={t}
        page={shown.page}
        pageCount={shown.pageCount}
        href={(page) => systemsPageHref(props.base, page, 'usage')}
        label={t('roadmap.systems.usagePages')}
      />
    </section>
  );
}

/** A page of the systems page, scrolled to the list (`anchor`) the link was followed from. */
export function systemsPageHref(base: string, page: number, anchor: string): string {
  return `${base}/systems${page > 1 ? `?page=${page}` : ''}#${anchor}`;
}
