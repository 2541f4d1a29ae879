import type { Child } from 'hono/jsx';
import type { Lang, Translator } from '../i18n/index.ts';

/**
 * The `lang` attribute for content written in `contentLang` on a page in the translator's
 * language: the content's language when the two differ (WCAG 2.1, 3.1.2 Language of Parts), else
 * undefined, which hono/jsx leaves out. Put it on the element that holds the content:
 * `<h1 lang={langOf(t)}>{initiative.title}</h1>`.
 */
export function langOf(t: Translator, contentLang: Lang = t.contentLang): Lang | undefined {
  return contentLang === t.lang ? undefined : contentLang;
}

/**
 * Text that people of the municipality wrote (a title, a goal, a decision), marked with its
 * language when the page is in another: `<Content t={t}>{goal.title}</Content>`. Without
 * `lang` the content is in the language of the page's municipality (`t.contentLang`). Renders a
 * `<span lang>` only when needed, so a page in the content's own language has no extra markup.
 */
export function Content(props: { t: Translator; lang?: Lang | undefined; children?: Child }) {
  const lang = langOf(props.t, props.lang);
  return lang ? <span lang={lang}>{props.children}</span> : props.children;
}
