import { langOf } from '../../../../web/components/content.tsx';
import type { MessageKey, Translator } from '../../../../web/i18n/index.ts';
import type { SimilarCase } from '../similar-cases.queries.ts';

/**
 * A list of published cases like the one on the page, most alike first: each title marked with
 * its municipality's language, its municipality and service. Nothing when there are none.
 */
export function SimilarCases(props: {
  t: Translator;
  cases: readonly SimilarCase[];
  id: string;
  heading: string;
  lead?: string | undefined;
}) {
  const { t } = props;
  if (props.cases.length === 0) return null;
  return (
    <section aria-labelledby={props.id}>
      <h2 class="ds-heading" data-size="sm" id={props.id}>
        {props.heading}
      </h2>
      {props.lead && <p class="ds-paragraph">{props.lead}</p>}
      <ul class="ds-list">
        {props.cases.map((c) => {
          const theirs = t.forCountry(c.country);
          return (
            <li>
              <a
                class="ds-link"
                href={`/${t.lang}/cases/${c.id}`}
                lang={langOf(t, theirs.contentLang)}
              >
                {c.title}
              </a>
              {` – ${c.municipalityName}, ${t(`cases.domain.${c.serviceDomain}` as MessageKey)}`}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
