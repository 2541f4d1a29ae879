import { pageLinks } from '../../lib/paging.ts';
import type { Translator } from '../i18n/index.ts';

/**
 * Designsystemet's pagination as plain links (works without JavaScript, shareable): the previous
 * and next page first and last, the page numbers between, the current one marked for screen
 * readers. `href(page)` builds each page's address, keeping the list's other query parameters.
 * Nothing is drawn for a list that fits on one page. `label` names the bar where a page has more
 * than one, so screen readers tell their navigation landmarks apart.
 */
export function Pagination(props: {
  t: Translator;
  page: number;
  pageCount: number;
  href: (page: number) => string;
  label?: string | undefined;
}) {
  const { t, page, pageCount, href } = props;
  if (pageCount <= 1) return null;
  const step = (to: number, label: string) =>
    to >= 1 && to <= pageCount ? (
      <a
        class="ds-button"
        data-variant="tertiary"
        href={href(to)}
        rel={to < page ? 'prev' : 'next'}
      >
        {label}
      </a>
    ) : (
      // Kept in place, hidden, so the bar does not shift on the first and last page.
      <span class="ds-button" data-variant="tertiary" aria-hidden="true">
        {label}
      </span>
    );
  return (
    <nav class="ds-pagination" aria-label={props.label ?? t('nav.pagination')}>
      <ul>
        <li>{step(page - 1, t('nav.previousPage'))}</li>
        {pageLinks(page, pageCount).map((p) =>
          p === null ? (
            <li />
          ) : (
            <li>
              <a
                class="ds-button"
                data-variant="tertiary"
                href={href(p)}
                aria-current={p === page ? 'true' : undefined}
                aria-label={t('nav.pageNumber', { page: p })}
              >
                {p}
              </a>
            </li>
          ),
        )}
        <li>{step(page + 1, t('nav.nextPage'))}</li>
      </ul>
    </nav>
  );
}
