import type { Child } from 'hono/jsx';
import type { Lang, Translator } from '../i18n/index.ts';
import { langOf } from './content.tsx';

/**
 * Things listed as cards, each named by its title as a link to its page (marked in the content's
 * language), then what `body` shows of it; `none` says so when there are none.
 */
export function LinkedCards<T extends { id: string; title: string }>(props: {
  t: Translator;
  items: readonly T[];
  /** Prefix of each card heading's id, by which the card is named. */
  idPrefix: string;
  href: (item: T) => string;
  body: (item: T) => Child;
  none: string;
  /** A class of the card besides `ds-card`. */
  cardClass?: string;
  /** The language each thing is written in, when the things of one list differ (the network's). */
  contentLang?: (item: T) => Lang;
}) {
  const { t } = props;
  if (props.items.length === 0) return <p class="ds-paragraph">{props.none}</p>;
  return (
    <ul class="card-list">
      {props.items.map((item) => (
        <li>
          <article
            class={props.cardClass ? `ds-card ${props.cardClass}` : 'ds-card'}
            aria-labelledby={`${props.idPrefix}-${item.id}`}
          >
            <h2 class="ds-heading" data-size="xs" id={`${props.idPrefix}-${item.id}`}>
              <a
                class="ds-link"
                href={props.href(item)}
                lang={langOf(t, props.contentLang?.(item))}
              >
                {item.title}
              </a>
            </h2>
            {props.body(item)}
          </article>
        </li>
      ))}
    </ul>
  );
}
