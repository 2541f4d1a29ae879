import type { Page } from '../../../../lib/paging.ts';
import { langOf } from '../../../../web/components/content.tsx';
import {
  CsrfField,
  ErrorSummary,
  type FormState,
  Notice,
  SelectField,
  SubmitButton,
  TextField,
} from '../../../../web/components/forms.tsx';
import { Pagination } from '../../../../web/components/pagination.tsx';
import type { MessageKey } from '../../../../web/i18n/index.ts';
import { Layout, type PageContext } from '../../../../web/layout.tsx';
import { type QueueKind, queueKinds } from '../moderation.inputs.ts';
import type { QueueItem } from '../moderation.queries.ts';

type Props = PageContext & {
  municipality: { id: string; name: string };
  shown: Page<QueueItem>;
  filter: { kind: QueueKind | ''; matterId: string };
  matters: { id: string; title: string }[];
  form: FormState;
  notice?: MessageKey | undefined;
};

/** What waits for a moderator, a page at a time, with one form to accept or reject what is ticked. */
export function QueuePage(props: Props) {
  const { t, shown, filter } = props;
  const base = `/${t.lang}/municipalities/${props.municipality.id}/moderation`;
  const title = t('moderation.title');
  const query = (page: number) => {
    const q = new URLSearchParams();
    if (filter.kind) q.set('kind', filter.kind);
    if (filter.matterId) q.set('matter', filter.matterId);
    if (page > 1) q.set('page', String(page));
    return `${base}${q.size ? `?${q}` : ''}`;
  };
  const labels = {
    items: t('moderation.items'),
    decision: t('moderation.decision'),
    reason: t('moderation.reason'),
  };
  return (
    <Layout {...props} title={title} municipality={props.municipality}>
      <ErrorSummary t={t} form={props.form} labels={labels} />
      <Notice t={t} messageKey={props.notice} />
      <h1 class="ds-heading" data-size="lg">
        {title}
      </h1>
      <p class="ds-paragraph" data-size="lg" role="status">
        {t('moderation.count', { count: shown.total })}
      </p>
      <ul class="downloads">
        <li>
          <a
            class="ds-link"
            href={`/${t.lang}/municipalities/${props.municipality.id}/moderation-policy`}
          >
            {t('moderation.policy.link')}
          </a>
        </li>
        <li>
          <a class="ds-link" href={`${base}/acts.csv`} download>
            {t('moderation.acts')}
          </a>
        </li>
      </ul>
      <form method="get" action={base} class="filter-form">
        <SelectField
          t={t}
          form={{ values: { kind: filter.kind }, errors: {} }}
          name="kind"
          label={t('moderation.filter.kind')}
          placeholder={t('moderation.filter.all')}
          options={queueKinds.map((k) => ({ value: k, label: t(`moderation.kind.${k}`) }))}
        />
        <SelectField
          t={t}
          form={{ values: { matter: filter.matterId }, errors: {} }}
          name="matter"
          label={t('moderation.filter.matter')}
          placeholder={t('moderation.filter.all')}
          options={props.matters.map((m) => ({ value: m.id, label: m.title }))}
        />
        <SubmitButton variant="secondary">{t('moderation.filter.submit')}</SubmitButton>
      </form>
      {shown.total > 0 && (
        <form method="post" action={query(shown.page)}>
          <CsrfField token={props.csrfToken} />
          <fieldset class="moderation-items" id="field-items">
            <legend class="ds-label">{labels.items}</legend>
            <ul class="card-list">
              {shown.items.map((item) => (
                <li class="ds-card moderation-item">
                  <div class="checkbox-row">
                    <input
                      class="ds-input"
                      type="checkbox"
                      id={`item-${item.id}`}
                      name="items"
                      value={`${item.kind}:${item.id}`}
                    />
                    <label class="ds-label" for={`item-${item.id}`}>
                      {t(`moderation.kind.${item.kind}`)}
                      {item.kind === 'comment' &&
                        `, ${t('moderation.flags', { count: item.flags })}`}
                    </label>
                  </div>
                  <p class="ds-paragraph" lang={langOf(t)}>
                    {item.text}
                  </p>
                  <p class="ds-paragraph" data-size="sm">
                    {item.createdAt && <>{t.date(item.createdAt, true)} · </>}
                    <a
                      class="ds-link"
                      href={`/${t.lang}/municipalities/${props.municipality.id}/matters/${item.matterId}`}
                      lang={langOf(t)}
                    >
                      {item.matterTitle}
                    </a>
                  </p>
                </li>
              ))}
            </ul>
          </fieldset>
          <SelectField
            t={t}
            form={props.form}
            name="decision"
            label={labels.decision}
            options={[
              { value: 'accept', label: t('moderation.accept') },
              { value: 'reject', label: t('moderation.reject') },
            ]}
            required
          />
          <TextField
            t={t}
            form={props.form}
            name="reason"
            label={labels.reason}
            hint={t('moderation.reasonHint')}
            maxlength={500}
          />
          <SubmitButton>{t('moderation.submit')}</SubmitButton>
        </form>
      )}
      <Pagination t={t} page={shown.page} pageCount={shown.pageCount} href={query} />
    </Layout>
  );
}
