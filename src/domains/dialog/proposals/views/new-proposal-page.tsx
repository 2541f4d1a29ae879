import type { ProposalState } from '../../../../engines/proposal-rules/index.ts';
import { langOf } from '../../../../web/components/content.tsx';
import {
  CsrfField,
  ErrorSummary,
  type FormState,
  SelectField,
  TextAreaField,
  TextField,
} from '../../../../web/components/forms.tsx';
import { Layout, type PageContext } from '../../../../web/layout.tsx';
import { proposalTopics } from '../proposals.policy.ts';
import { StateTag } from './state-tag.tsx';

type Props = PageContext & {
  municipality: { id: string; name: string };
  form: FormState;
  /** Shown once the proposer has looked, also when none was found. */
  similar?: { id: string; title: string; state: ProposalState }[] | undefined;
};

/**
 * A resident writes a proposal. Before sending it they can look for similar ones (also earlier
 * and refused ones): each button posts the same form, so it all works without JavaScript.
 */
export function NewProposalPage(props: Props) {
  const { t, form, municipality: m } = props;
  const base = `/${t.lang}/municipalities/${m.id}/proposals`;
  const labels = {
    title: t('proposals.field.title'),
    body: t('proposals.field.body'),
    topic: t('proposals.field.topic'),
    district: t('proposals.field.district'),
  };
  const title = t('proposals.new.title');
  return (
    <Layout {...props} title={title} municipality={m}>
      <ErrorSummary t={t} form={form} labels={labels} />
      <h1 class="ds-heading" data-size="lg">
        {title}
      </h1>
      <p class="ds-paragraph">{t('proposals.new.lead')}</p>
      {props.similar && (
        <section class="ds-card" aria-labelledby="similar-heading">
          <h2 class="ds-heading" data-size="xs" id="similar-heading">
            {t('proposals.similar.title')}
          </h2>
          {props.similar.length === 0 ? (
            <p class="ds-paragraph">{t('proposals.similar.none')}</p>
          ) : (
            <>
              <p class="ds-paragraph">{t('proposals.similar.lead')}</p>
              <ul class="ds-list">
                {props.similar.map((s) => (
                  <li>
                    <a class="ds-link" href={`${base}/${s.id}`} lang={langOf(t)}>
                      {s.title}
                    </a>{' '}
                    <StateTag t={t} state={s.state} />
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
      )}
      <form method="post" action={`${base}/new`}>
        <CsrfField token={props.csrfToken} />
        <TextField t={t} form={form} name="title" label={labels.title} maxlength={150} required />
        <TextAreaField
          t={t}
          form={form}
          name="body"
          label={labels.body}
          hint={t('proposals.field.bodyHint')}
          rows={8}
          maxlength={5000}
          required
        />
        <SelectField
          t={t}
          form={form}
          name="topic"
          label={labels.topic}
          placeholder={t('proposals.field.chooseTopic')}
          options={proposalTopics.map((topic) => ({
            value: topic,
            label: t(`proposals.topic.${topic}`),
          }))}
          required
        />
        <TextField t={t} form={form} name="district" label={labels.district} maxlength={100} />
        <div class="form-actions">
          <button
            type="submit"
            name="intent"
            value="similar"
            class="ds-button"
            data-variant="secondary"
          >
            {t('proposals.new.similar')}
          </button>
          <button
            type="submit"
            name="intent"
            value="draft"
            class="ds-button"
            data-variant="secondary"
          >
            {t('proposals.new.draft')}
          </button>
          <button type="submit" name="intent" value="send" class="ds-button" data-variant="primary">
            {t('proposals.new.submit')}
          </button>
        </div>
      </form>
    </Layout>
  );
}
