import { SEARCH_TEXT_MAX } from '../search.ts';

/** One drop-down of a list's filters: its options, the one chosen, and the "all" that filters nothing. */
export type SelectFilter = {
  name: string;
  label: string;
  /** The chosen value; '' for all. */
  value: string;
  all: string;
  options: readonly { value: string; label: string }[];
};

/**
 * The address of a list with its filters and page, as a GET form sends them: empty values left
 * out, page 1 left out, so every view of a list has one address to share.
 */
export function listHref(base: string, values: Record<string, string>, page = 1): string {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(values)) if (value) query.set(name, value);
  if (page > 1) query.set('page', String(page));
  return query.size ? `${base}?${query}` : base;
}

/**
 * A list's search field and drop-downs as one GET form (works without JavaScript; the address it
 * leads to is the list's to share). A chosen value no option has (from an old link) stays
 * chosen, so the filter that narrows the list is always shown and can be undone.
 */
export function ListFilters(props: {
  action: string;
  idPrefix: string;
  q: string;
  searchLabel: string;
  selects: readonly SelectFilter[];
  submit: string;
  clear: string;
}) {
  const id = (name: string) => `${props.idPrefix}-${name}`;
  return (
    <form method="get" action={props.action}>
      {/* biome-ignore lint/a11y/useSemanticElements: a div with role="search" is announced as a search landmark by every screen reader; the newer <search> element is not yet. */}
      <div role="search" class="search-box">
        <label class="ds-label" for={id('q')}>
          {props.searchLabel}
        </label>
        <div class="search-box__row">
          <input
            class="ds-input"
            id={id('q')}
            name="q"
            type="search"
            value={props.q}
            maxlength={SEARCH_TEXT_MAX}
          />
        </div>
      </div>
      <div class="filter-form">
        {props.selects.map((s) => {
          const options =
            s.value && !s.options.some((o) => o.value === s.value)
              ? [...s.options, { value: s.value, label: s.value }]
              : s.options;
          return (
            <div class="ds-field">
              <label class="ds-label" for={id(s.name)}>
                {s.label}
              </label>
              <select class="ds-input" id={id(s.name)} name={s.name}>
                <option value="">{s.all}</option>
                {options.map((o) => (
                  <option value={o.value} selected={o.value === s.value}>
                    {o.label}
                  </option>
                ))}
              </select>
            </div>
          );
        })}
        <button type="submit" class="ds-button">
          {props.submit}
        </button>
        <a class="ds-link" href={props.action}>
          {props.clear}
        </a>
      </div>
    </form>
  );
}
