import { langOf } from '../../../../web/components/content.tsx';
import {
  CsrfField,
  ErrorSummary,
  type FormState,
  Notice,
  SubmitButton,
  TextAreaField,
  TextField,
} from '../../../../web/components/forms.tsx';
import type { MessageKey } from '../../../../web/i18n/index.ts';
import { Layout, type PageContext } from '../../../../web/layout.tsx';
import { DecisionFields, decisionLabels } from '../../../decisions/views/decision-fields.tsx';
import { MAX_STORY_LENGTH } from '../commands/future-story.ts';
import type { DiffPart } from '../diff.ts';
import type { VersionRow } from '../future-story.queries.ts';
import { StoryDiff, StoryText } from './story-parts.tsx';

type Props = PageContext & {
  municipality: { id: string; name: string };
  version: VersionRow;
  previous: VersionRow | undefined;
  diff: DiffPart[];
  canEdit: boolean;
  canAdopt: boolean;
  bodies: { id: string; name: string }[];
  editForm: FormState;
  adoptForm: FormState;
  /** A problem not tied to a field, e.g. an attempt to edit an adopted version. */
  formError?: string | undefined;
  notice?: MessageKey | undefined;
};

/** One version: its text, its changes from the version before, and (for drafts) edit and adopt. */
export function VersionPage(props: Props) {
  const { t, municipality: m, version: v } = props;
  const base = `/${t.lang}/municipalities/${m.id}/future-story/versions`;
  const title = t('strategy.version.title', { version: v.version });
  const draft = v.status === 'draft';
  const editLabels = { title: t('strategy.version.storyTitle'), body: t('strategy.version.body') };
  const adoptLabels = decisionLabels(t);
  return (
    <Layout {...props} title={title} municipality={m}>
      <ErrorSummary t={t} form={props.editForm} labels={editLabels} formError={props.formError} />
      <ErrorSummary t={t} form={props.adoptForm} labels={adoptLabels} />
      <Notice t={t} messageKey={props.notice} />
      <h1 class="ds-heading" data-size="lg">
        {title}
      </h1>
      <p class="ds-paragraph">
        <a class="ds-link" href={base}>
          {t('strategy.version.back')}
        </a>
      </p>
      <p class="ds-paragraph" id="version-status">
        {t('strategy.version.statusLine', {
          status: t(`strategy.versions.status.${draft ? 'draft' : 'adopted'}`),
        })}
        {!draft && ` ${t('strategy.version.frozen')}`}
      </p>
      <section aria-labelledby="reading-heading" class="stack">
        <h2 class="ds-heading" data-size="md" id="reading-heading" lang={langOf(t)}>
          {v.title}
        </h2>
        <StoryText body={v.body} lang={langOf(t)} />
      </section>
      {props.previous ? (
        <section aria-labelledby="diff-heading" class="stack">
          <h2 class="ds-heading" data-size="sm" id="diff-heading">
            {t('strategy.version.diffHeading', { version: props.previous.version })}
          </h2>
          <StoryDiff t={t} parts={props.diff} />
        </section>
      ) : (
        <p class="ds-paragraph">{t('strategy.version.diffFirst')}</p>
      )}
      {draft && props.canEdit && (
        <section aria-labelledby="edit-heading" class="stack">
          <h2 class="ds-heading" data-size="sm" id="edit-heading">
            {t('strategy.version.edit')}
          </h2>
          <form method="post" action={`${base}/${v.id}`} class="form" novalidate>
            <CsrfField token={props.csrfToken} />
            <TextField
              t={t}
              form={props.editForm}
              name="title"
              label={editLabels.title}
              required
              maxlength={200}
            />
            <TextAreaField
              t={t}
              form={props.editForm}
              name="body"
              label={editLabels.body}
              hint={t('strategy.version.bodyHint')}
              rows={16}
              maxlength={MAX_STORY_LENGTH}
              required
            />
            <div>
              <SubmitButton>{t('strategy.version.save')}</SubmitButton>
            </div>
          </form>
        </section>
      )}
      {draft && props.canAdopt && (
        <section aria-labelledby="adopt-heading" class="stack">
          <h2 class="ds-heading" data-size="sm" id="adopt-heading">
            {t('strategy.version.adoptHeading')}
          </h2>
          <p class="ds-paragraph">{t('strategy.version.adoptLead')}</p>
          {props.bodies.length === 0 ? (
            <p class="ds-paragraph">{t('strategy.version.noBodies')}</p>
          ) : (
            <form method="post" action={`${base}/${v.id}/adopt`} class="form" novalidate>
              <CsrfField token={props.csrfToken} />
              <DecisionFields
                t={t}
                form={props.adoptForm}
                bodies={props.bodies}
                submit={t('strategy.version.adoptSubmit')}
              />
            </form>
          )}
        </section>
      )}
    </Layout>
  );
}
