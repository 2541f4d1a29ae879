import type { Child } from 'hono/jsx';

/** One card of a municipality's start page: a heading, its content and a link to the whole page. */
export function StartCard(props: {
  id: string;
  title: string;
  more?: { href: string; label: string } | undefined;
  children?: Child;
}) {
  return (
    <section class="ds-card start-card" aria-labelledby={`${props.id}-heading`}>
      <h2 class="ds-heading" data-size="xs" id={`${props.id}-heading`}>
        {props.title}
      </h2>
      {props.children}
      {props.more && (
        <p class="ds-paragraph start-card__more">
          <a class="ds-link" href={props.more.href}>
            {props.more.label}
          </a>
        </p>
      )}
    </section>
  );
}
