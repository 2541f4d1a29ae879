import type { Translator } from '../../../web/i18n/index.ts';
import { SEARCH_TEXT_MAX } from '../../../web/search.ts';

type Props = {
  t: Translator;
  municipalityId: string;
  /** The visible label of the field. */
  label: string;
  /** The text searched, kept in the field. */
  q?: string | undefined;
};

/**
 * A search field for one municipality: a GET form to its search page, a search landmark with a
 * visible label, working without script.
 */
export function SearchBox(props: Props) {
  const { t } = props;
  return (
    // biome-ignore lint/a11y/useSemanticElements: a form with role="search" is announced as a search landmark by every screen reader; the newer <search> element is not yet.
    <form
      method="get"
      action={`/${t.lang}/municipalities/${props.municipalityId}/search`}
      role="search"
      class="search-box"
    >
      <label class="ds-label" for="search-q">
        {props.label}
      </label>
      <div class="search-box__row">
        <input
          class="ds-input"
          id="search-q"
          name="q"
          type="search"
          value={props.q ?? ''}
          maxlength={SEARCH_TEXT_MAX}
        />
        <button type="submit" class="ds-button">
          {t('search.submit')}
        </button>
      </div>
    </form>
  );
}
