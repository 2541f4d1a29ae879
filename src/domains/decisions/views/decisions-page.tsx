import type { Page } from '../../../lib/paging.ts';
import { langOf } from '../../../web/components/content.tsx';
import {
  CsrfField,
  ErrorSummary,
  type FormState,
  Notice,
  SelectField,
  SubmitButton,
  TextField,
} from '../../../web/components/forms.tsx';
import { Pagination } from '../../../web/components/pagination.tsx';
import { day } from '../../../web/i18n/dates.ts';
import type { MessageKey } from '../../../web/i18n/index.ts';
import { Layout, type PageContext } from '../../../web/layout.tsx';
import type { ThingLink } from '../../../web/links.ts';
import { bodyKinds } from '../commands/create-body.ts';
import { decisionAnchor } from '../decision-link.ts';
import type { DecisionsVerdict } from '../verify.ts';
import { ChainAnchor, ChainStatus } from './chain-status.tsx';
import { DecisionFields, decisionLabels } from './decision-fields.tsx';
import { Concerns, type DecisionReference, ReferenceCell } from './decision-reference.tsx';

type Props = PageContext & {
  municipality: { id: string; name: string };
  verdict: DecisionsVerdict;
  /** The page shown of the decisions, in chain order. */
  shown: Page<
    DecisionReference & {
      id: string;
      sequence: number;
      decidedOn: string;
      bodyName: string;
      text: string;
      adopts: { kind: string; id: string }[];
      hash: string;
      recordedAt: Date;
    }
  >;
  /** Links to what the shown decisions adopted that the reader may see, by `linkKey(kind, id)`. */
  links: Map<string, ThingLink>;
  bodies: { id: string; name: string; kind: string }[];
  canRecord: boolean;
  canManageBodies: boolean;
  decisionForm: FormState;
  bodyForm: FormState;
  notice?: MessageKey | undefined;
};

/** A municipality's recorded decisions, whether their chain holds, and the forms to add to them. */
export function DecisionsPage(props: Props) {
  const { t, municipality: m } = props;
  const base = `/${t.lang}/municipalities/${m.id}`;
  const bodyLabels = { name: t('decisions.bodyName'), kind: t('decisions.bodyKind') };
  const { shown } = props;
  const pageHref = (page: number) => `${base}/decisions${page > 1 ? `?page=${page}` : ''}`;
  const title = t('decisions.title', { name: m.name });
  return (
    <Layout
      {...props}
      title={title}
      municipality={m}
      feeds={[{ title, href: `${base}/decisions.atom` }]}
    >
      <ErrorSummary t={t} form={props.decisionForm} labels={decisionLabels(t)} />
      <ErrorSummary t={t} form={props.bodyForm} labels={bodyLabels} />
      <Notice t={t} messageKey={props.notice} />
      <h1 class="ds-heading" data-size="lg">
        {t('decisions.title', { name: m.name })}
      </h1>
      <p class="ds-paragraph">{t('decisions.lead')}</p>
      <ChainStatus t={t} verdict={props.verdict} />
      <ChainAnchor t={t} municipalityId={m.id} head={props.verdict.head} />
      {shown.pageCount > 1 && (
        <p class="ds-paragraph" role="status" id="decisions-page">
          {t('decisions.pageOf', { page: shown.page, pages: shown.pageCount })}
        </p>
      )}
      {shown.items.length > 0 && (
        <ol class="decision-list" aria-label={t('decisions.title', { name: m.name })}>
          {shown.items.map((d) => (
            <li id={decisionAnchor(d.id)} class="card decision-item">
              <h2 class="ds-heading" data-size="xs">
                {t('decisions.heading', {
                  number: d.sequence,
                  date: day(t, d.decidedOn),
                  body: d.bodyName,
                })}
              </h2>
              <p class="ds-paragraph decision-text" lang={langOf(t)}>
                {d.text}
              </p>
              <Concerns t={t} base={base} adopts={d.adopts} links={props.links} />
              <dl class="facts decision-facts">
                {(d.paragraph || d.registrationNumber || d.protocolUrl) && (
                  <>
                    <dt>{t('decisions.recordedAs')}</dt>
                    <dd>
                      <ReferenceCell t={t} decision={d} />
                    </dd>
                  </>
                )}
                <dt>{t('decisions.recordedAt')}</dt>
                <dd>
                  <time datetime={d.recordedAt.toISOString()}>{t.date(d.recordedAt, true)}</time>
                </dd>
                <dt>{t('decisions.hash')}</dt>
                <dd>
                  <code class="token-secret muted">{d.hash}</code>
                </dd>
              </dl>
            </li>
          ))}
        </ol>
      )}
      <Pagination t={t} page={shown.page} pageCount={shown.pageCount} href={pageHref} />
      {props.canRecord && (
        <section aria-labelledby="record-heading" class="stack">
          <h2 class="ds-heading" data-size="sm" id="record-heading">
            {t('decisions.record')}
          </h2>
          {props.bodies.length === 0 ? (
            <p class="ds-paragraph">{t('decisions.noBodies')}</p>
          ) : (
            <form method="post" action={`${base}/decisions`} class="form" novalidate>
              <CsrfField token={props.csrfToken} />
              <DecisionFields
                t={t}
                form={props.decisionForm}
                bodies={props.bodies}
                submit={t('decisions.submit')}
              />
            </form>
          )}
        </section>
      )}
      {props.canManageBodies && (
        <section aria-labelledby="bodies-heading" class="stack">
          <h2 class="ds-heading" data-size="sm" id="bodies-heading">
            {t('decisions.bodies')}
          </h2>
          <ul class="ds-list">
            {props.bodies.map((b) => (
              <li>{b.name}</li>
            ))}
          </ul>
          <form method="post" action={`${base}/decision-bodies`} class="form" novalidate>
            <CsrfField token={props.csrfToken} />
            <TextField
              t={t}
              form={props.bodyForm}
              name="name"
              label={bodyLabels.name}
              required
              maxlength={200}
            />
            <SelectField
              t={t}
              form={props.bodyForm}
              name="kind"
              label={bodyLabels.kind}
              options={bodyKinds.map((k) => ({ value: k, label: t(`decisions.kind.${k}`) }))}
              required
            />
            <div>
              <SubmitButton variant="secondary">{t('decisions.addBody')}</SubmitButton>
            </div>
          </form>
        </section>
      )}
    </Layout>
  );
}
