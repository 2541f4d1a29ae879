import type { Child } from 'hono/jsx';
import { CsrfField, SubmitButton } from '../../../../web/components/forms.tsx';
import type { Translator } from '../../../../web/i18n/index.ts';

/** One section's form on the edit page: CSRF token, the fields, and its own submit button. */
export function PartForm(props: {
  t: Translator;
  action: string;
  csrfToken: string;
  submit?: string;
  children: Child;
}) {
  return (
    <form method="post" action={props.action} class="form" novalidate>
      <CsrfField token={props.csrfToken} />
      {props.children}
      <div>
        <SubmitButton>{props.submit ?? props.t('portfolio.initiative.save')}</SubmitButton>
      </div>
    </form>
  );
}
