import { readability } from '../../../../engines/plain-language/index.ts';
import { langOf } from '../../../../web/components/content.tsx';
import type { Translator } from '../../../../web/i18n/index.ts';

/** The value a check button sends; a form that receives it re-renders with the note and saves nothing. */
export const READABILITY_CHECK = 'readability';

/** True when the form was sent by the check button rather than to be saved. */
export const isReadabilityCheck = (values: Record<string, string>) =>
  values.intent === READABILITY_CHECK;

/** A second submit button that asks for the note without saving; works without JavaScript. */
export function ReadabilityCheckButton(props: { t: Translator }) {
  return (
    <button
      type="submit"
      name="intent"
      value={READABILITY_CHECK}
      class="ds-button"
      data-variant="secondary"
      formnovalidate
    >
      {props.t('plainLanguage.check')}
    </button>
  );
}

/**
 * The LIX score of each written text, what it means, and the longest sentences and words to
 * shorten. Renders nothing until some text has words: on a fresh form it stays out of the way.
 */
export function ReadabilityNote(props: {
  t: Translator;
  texts: { field: string; text?: string }[];
}) {
  const { t } = props;
  const scored = props.texts.flatMap(({ field, text }) => {
    const r = readability(text ?? '');
    return r ? [{ field, r }] : [];
  });
  if (scored.length === 0) return null;
  return (
    <section class="ds-card readability-note" aria-labelledby="readability-heading">
      <h2 class="ds-heading" data-size="xs" id="readability-heading">
        {t('plainLanguage.title')}
      </h2>
      <p class="ds-paragraph" data-size="sm">
        {t('plainLanguage.lead')}
      </p>
      {scored.map(({ field, r }) => (
        <div>
          <p class="ds-paragraph">
            <strong>
              {t('plainLanguage.score', {
                field,
                score: Math.round(r.lix),
                band: t(`plainLanguage.band.${r.band}`),
              })}
            </strong>{' '}
            {t('plainLanguage.counts', {
              words: r.words,
              sentences: r.sentences,
              longWords: r.longWords,
            })}
          </p>
          {r.sentences > 1 && (
            <>
              <p class="ds-paragraph" data-size="sm">
                {t('plainLanguage.longestSentences')}
              </p>
              <ol class="ds-list">
                {r.longestSentences.map((s) => (
                  <li>
                    <q lang={langOf(t)}>{s.text}</q> (
                    {t('plainLanguage.sentenceWords', { count: s.words })})
                  </li>
                ))}
              </ol>
            </>
          )}
          {r.longestWords.length > 0 && (
            <p class="ds-paragraph" data-size="sm">
              {t('plainLanguage.longestWords')}{' '}
              <span lang={langOf(t)}>{r.longestWords.join(', ')}</span>
            </p>
          )}
        </div>
      ))}
    </section>
  );
}
