import { raw } from 'hono/html';
import { langOf } from '../../../../web/components/content.tsx';
import type { Translator } from '../../../../web/i18n/index.ts';
import { type DiffPart, diffCounts } from '../diff.ts';
import { renderMarkdown } from '../markdown.ts';

/** The story's Markdown as HTML; markdown-it with html off escapes raw HTML (see markdown.ts). */
export function StoryText(props: { body: string; lang?: string | undefined }) {
  return (
    <div class="story-text" lang={props.lang}>
      {raw(renderMarkdown(props.body))}
    </div>
  );
}

/**
 * A word diff of the Markdown source. Added and removed runs are <ins>/<del>, each announced by
 * hidden text ("added:", "removed:") because screen readers do not voice the elements themselves.
 */
export function StoryDiff(props: { t: Translator; parts: DiffPart[] }) {
  const { t, parts } = props;
  const counts = diffCounts(parts);
  if (counts.added === 0 && counts.removed === 0) {
    return <p class="ds-paragraph">{t('strategy.version.noChange')}</p>;
  }
  // The hidden labels are in the page's language, inside text in the municipality's.
  const labelLang = langOf(t) && t.lang;
  const end = (
    <span class="ds-sr-only" lang={labelLang}>{` [${t('strategy.version.diffEnd')}] `}</span>
  );
  return (
    <>
      <p class="ds-paragraph" id="diff-summary">
        {t('strategy.version.diffSummary', counts)}
      </p>
      <p class="ds-paragraph muted">{t('strategy.version.diffLegend')}</p>
      <div class="story-diff" aria-describedby="diff-summary" lang={langOf(t)}>
        {parts.map((p) =>
          p.kind === 'same' ? (
            p.text
          ) : p.kind === 'added' ? (
            <ins>
              <span class="ds-sr-only" lang={labelLang}>{`[${t('strategy.version.added')}] `}</span>
              {p.text}
              {end}
            </ins>
          ) : (
            <del>
              <span
                class="ds-sr-only"
                lang={labelLang}
              >{`[${t('strategy.version.removed')}] `}</span>
              {p.text}
              {end}
            </del>
          ),
        )}
      </div>
    </>
  );
}
