import type { Child } from 'hono/jsx';
import type { Translator } from '../i18n/index.ts';

/**
 * "How we calculate": the rules and formulas behind a result, folded away under the plain
 * sentence that states the result. Closed by default; works without JavaScript.
 */
export function HowWeCalculate(props: { t: Translator; id?: string; children: Child }) {
  return (
    <details class="ds-details how-we-calculate" id={props.id}>
      <summary>{props.t('app.howWeCalculate')}</summary>
      <div class="stack">{props.children}</div>
    </details>
  );
}
