import { Content, langOf } from '../../../../web/components/content.tsx';
import {
  CsrfField,
  ErrorSummary,
  type FormState,
  SubmitButton,
  TextAreaField,
  TextField,
} from '../../../../web/components/forms.tsx';
import type { Lang, Translator } from '../../../../web/i18n/index.ts';
import { conventionsOf } from '../../../../web/i18n/index.ts';
import type { Recommendation } from '../recommendations.queries.ts';
import { MAX_NOTE_LENGTH } from '../spread.inputs.ts';

/**
 * The county's recommended cases, or the network's shortlist. Its coordinators get the form to
 * add one and a button to take one back; with `notLooked`, each case says which of the county's
 * municipalities have not opened it yet.
 */
export function RecommendationsSection(props: {
  t: Translator;
  heading: string;
  empty: string;
  items: readonly Recommendation[];
  /** Where the form posts; absent for those who may not recommend here. */
  action?: string | undefined;
  csrfToken: string;
  form: FormState;
  notLooked?: ReadonlyMap<string, readonly string[]> | undefined;
  /** The language of the county's municipalities' names. */
  placeLang?: Lang | undefined;
}) {
  const { t } = props;
  const labels = { caseId: t('spread.recommend.case'), note: t('spread.recommend.note') };
  return (
    <section aria-labelledby="recommendations-heading">
      <h2 class="ds-heading" data-size="sm" id="recommendations-heading">
        {props.heading}
      </h2>
      {props.items.length === 0 ? (
        <p class="ds-paragraph">{props.empty}</p>
      ) : (
        <ul class="ds-list">
          {props.items.map((r) => {
            const waiting = props.notLooked?.get(r.id) ?? [];
            const lang = conventionsOf(r.country).lang;
            return (
              <li>
                <a class="ds-link" href={`/${t.lang}/cases/${r.caseId}`} lang={langOf(t, lang)}>
                  {r.title}
                </a>{' '}
                (
                <Content t={t} lang={lang}>
                  {r.municipalityName}
                </Content>
                ){r.note && <p class="ds-paragraph">{r.note}</p>}
                {props.notLooked &&
                  (waiting.length === 0 ? (
                    <p class="ds-paragraph" data-size="sm">
                      {t('spread.recommend.allLooked')}
                    </p>
                  ) : (
                    <details>
                      <summary>
                        {t('spread.recommend.notLooked', { count: waiting.length })}
                      </summary>
                      <ul class="ds-list" lang={props.placeLang && langOf(t, props.placeLang)}>
                        {waiting.map((name) => (
                          <li>{name}</li>
                        ))}
                      </ul>
                    </details>
                  ))}
                {props.action && (
                  <form method="post" action={`${props.action}/${r.id}/remove`} class="inline-form">
                    <CsrfField token={props.csrfToken} />
                    <button type="submit" class="ds-button" data-variant="secondary" data-size="sm">
                      {t('spread.recommend.remove')}
                      <span class="ds-sr-only">{`: ${r.title}`}</span>
                    </button>
                  </form>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {props.action && (
        <form method="post" action={props.action} novalidate>
          <ErrorSummary t={t} form={props.form} labels={labels} />
          <CsrfField token={props.csrfToken} />
          <TextField
            t={t}
            form={props.form}
            name="caseId"
            label={labels.caseId}
            hint={t('spread.recommend.caseHint')}
            required
            maxlength={300}
          />
          <TextAreaField
            t={t}
            form={props.form}
            name="note"
            label={labels.note}
            hint={t('spread.recommend.noteHint')}
            rows={3}
            maxlength={MAX_NOTE_LENGTH}
          />
          <SubmitButton>{t('spread.recommend.submit')}</SubmitButton>
        </form>
      )}
    </section>
  );
}
