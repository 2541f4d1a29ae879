import { CsrfField, SubmitButton } from '../../../../web/components/forms.tsx';
import { Layout, type PageContext } from '../../../../web/layout.tsx';
import { markFormErrors } from '../../../../web/page-state.ts';

type Props = PageContext & {
  municipality: { id: string; name: string };
  initiative: { id: string; title: string };
  shared: { id: string; sourceUrl: string };
  /** The pasted text, shown again after an error. */
  text: string;
  /** The problem with what was sent, in words, or with the case itself (no source code). */
  error?: string | undefined;
  /** True when the case links no source code, so there is nothing to describe. */
  noSource: boolean;
};

/**
 * Staff paste or choose a case's `publiccode.yml`; the case then shows what it says of the
 * software. Works as a plain form with a file field, without script.
 */
export function SoftwarePage(props: Props) {
  const { t, shared } = props;
  const title = t('catalogue.publiccode.title');
  const action = `/${t.lang}/municipalities/${props.municipality.id}/initiatives/${props.initiative.id}/case/software`;
  if (props.error) markFormErrors();
  const describedBy = ['hint-publiccode', props.error ? 'error-publiccode' : '']
    .filter(Boolean)
    .join(' ');
  return (
    <Layout
      {...props}
      title={title}
      municipality={props.municipality}
      trail={[{ label: props.initiative.title, href: `/${t.lang}/cases/${shared.id}` }]}
    >
      {props.error && (
        <section
          class="ds-error-summary"
          id="error-summary"
          tabindex={-1}
          autofocus
          aria-labelledby="error-summary-heading"
        >
          <h2 class="ds-heading" data-size="xs" id="error-summary-heading">
            {t('form.errorSummary')}
          </h2>
          <ul class="ds-list">
            <li>
              <a class="ds-link" href={props.noSource ? `#case-source` : '#field-publiccode'}>
                {props.error}
              </a>
            </li>
          </ul>
        </section>
      )}
      <h1 class="ds-heading" data-size="lg">
        {title}
      </h1>
      <p class="ds-paragraph">{t('catalogue.publiccode.lead')}</p>
      <p class="ds-paragraph" id="case-source">
        {shared.sourceUrl ? (
          <>
            {t('catalogue.publiccode.source')}{' '}
            <a class="ds-link" href={shared.sourceUrl} rel="noopener noreferrer">
              {shared.sourceUrl}
            </a>
          </>
        ) : null}
      </p>
      {!props.noSource && (
        <form method="post" action={action} enctype="multipart/form-data" class="form" novalidate>
          <CsrfField token={props.csrfToken} />
          <div class="ds-field">
            <label class="ds-label" for="field-publiccode">
              {t('catalogue.publiccode.text')}
            </label>
            <p class="ds-paragraph" data-field="description" id="hint-publiccode" data-size="sm">
              {t('catalogue.publiccode.textHint')}
            </p>
            {props.error && (
              <p class="ds-validation-message" data-field="validation" id="error-publiccode">
                {props.error}
              </p>
            )}
            <textarea
              class="ds-input"
              id="field-publiccode"
              name="publiccode"
              rows={14}
              spellcheck={false}
              aria-invalid={props.error ? 'true' : undefined}
              aria-describedby={describedBy}
            >
              {props.text}
            </textarea>
          </div>
          <div class="ds-field">
            <label class="ds-label" for="field-publiccodeFile">
              {t('catalogue.publiccode.file')}
            </label>
            <input
              class="ds-input"
              id="field-publiccodeFile"
              name="publiccodeFile"
              type="file"
              accept=".yml,.yaml,text/yaml,application/yaml"
            />
          </div>
          <SubmitButton>{t('catalogue.publiccode.submit')}</SubmitButton>
        </form>
      )}
      <p class="ds-paragraph">
        <a class="ds-link" href={`/${t.lang}/cases/${shared.id}`}>
          {t('catalogue.publiccode.back')}
        </a>
      </p>
    </Layout>
  );
}
