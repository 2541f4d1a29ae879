import type { Translator } from '../../../web/i18n/index.ts';
import { Layout, type PageContext } from '../../../web/layout.tsx';
import type { Highlighted, SearchHit } from '../../../web/search.ts';
import type { SearchOutcome } from '../run-search.ts';
import { SearchBox } from './search-box.tsx';

type Props = PageContext & {
  municipality: { id: string; name: string };
  /** The normalised search text; '' when nothing was searched. */
  q: string;
  outcome?: SearchOutcome | undefined;
};

/** Highlighted text: every part is text (escaped when rendered), the matches inside `<mark>`. */
function Marked(props: { parts: Highlighted }) {
  return <>{props.parts.map((p) => (p.marked ? <mark>{p.text}</mark> : p.text))}</>;
}

function Hit(props: { t: Translator; hit: SearchHit }) {
  const { t, hit } = props;
  return (
    <li class="search-hit">
      <span class="ds-tag search-hit__kind" data-color="neutral">
        {t(hit.kind)}
      </span>
      <h2 class="ds-heading search-hit__title" data-size="2xs">
        <a class="ds-link" href={hit.href}>
          <Marked parts={hit.title} />
        </a>
      </h2>
      {hit.snippet.length > 0 && (
        <p class="ds-paragraph search-hit__snippet">
          <Marked parts={hit.snippet} />
        </p>
      )}
    </li>
  );
}

function Outcome(props: { t: Translator; q: string; outcome: SearchOutcome }) {
  const { t, q, outcome } = props;
  const count = outcome.hits.length;
  const sentence = count === 0 ? t('search.none', { q }) : t('search.count', { count, q });
  return (
    <>
      <p class="ds-paragraph search-count" role="status" id="search-status">
        {sentence}
      </p>
      {count === 0 && <p class="ds-paragraph">{t('search.noneHint')}</p>}
      {outcome.similarOnly && <p class="ds-paragraph">{t('search.similar')}</p>}
      {count > 0 && (
        <ol class="search-results" aria-label={t('search.results')}>
          {outcome.hits.map((hit) => (
            <Hit t={t} hit={hit} />
          ))}
        </ol>
      )}
    </>
  );
}

/** The municipality search: the field with the text kept, then the hits ranked, each with its kind. */
export function SearchPage(props: Props) {
  const { t, municipality: m } = props;
  const title = t('search.title', { name: m.name });
  return (
    <Layout {...props} title={title} municipality={m}>
      <h1 class="ds-heading" data-size="lg">
        {title}
      </h1>
      <p class="ds-paragraph">{t('search.lead', { name: m.name })}</p>
      <SearchBox t={t} municipalityId={m.id} label={t('search.label')} q={props.q} />
      {props.outcome ? (
        <Outcome t={t} q={props.q} outcome={props.outcome} />
      ) : (
        <p class="ds-paragraph" id="search-status">
          {t('search.empty')}
        </p>
      )}
    </Layout>
  );
}
