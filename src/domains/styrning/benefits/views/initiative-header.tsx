import type { Translator } from '../../../../web/i18n/index.ts';

/**
 * The top of an initiative's benefits and calculus pages: a link back to the initiative, a link to
 * the sibling page, and the page's one h1.
 */
export function InitiativeHeader(props: {
  t: Translator;
  initiativePath: string;
  sibling: { href: string; label: string };
  title: string;
}) {
  const { t } = props;
  return (
    <>
      <ul class="inline-list">
        <li>
          <a class="ds-link" href={props.initiativePath}>
            {t('benefits.backToInitiative')}
          </a>
        </li>
        <li>
          <a class="ds-link" href={props.sibling.href}>
            {props.sibling.label}
          </a>
        </li>
      </ul>
      <h1 class="ds-heading" data-size="lg">
        {props.title}
      </h1>
    </>
  );
}
