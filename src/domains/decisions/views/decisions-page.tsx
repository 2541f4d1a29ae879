import type { ChainVerdict } from '../../../engines/decisions/index.ts';
import {
  CsrfField,
  ErrorSummary,
  type FormState,
  Notice,
  SelectField,
  SubmitButton,
  TextField,
} from '../../../web/components/forms.tsx';
import { ScrollableTable } from '../../../web/components/table.tsx';
import { isMessageKey, type MessageKey, type Translator } from '../../../web/i18n/index.ts';
import { Layout, type PageContext } from '../../../web/layout.tsx';
import { linkKey, type ThingLink } from '../../../web/links.ts';
import { bodyKinds } from '../commands/create-body.ts';
import { DecisionFields, decisionLabels } from './decision-fields.tsx';
import { type DecisionReference, ReferenceCell } from './decision-reference.tsx';

type Props = PageContext & {
  municipality: { id: string; name: string };
  verdict: ChainVerdict;
  decisions: (DecisionReference & {
    id: string;
    sequence: number;
    decidedOn: string;
    bodyName: string;
    text: string;
    adopts: { kind: string; id: string }[];
    hash: string;
  })[];
  /** Links to what the decisions adopted that the reader may see, by `linkKey(kind, id)`. */
  links: Map<string, ThingLink>;
  bodies: { id: string; name: string; kind: string }[];
  canRecord: boolean;
  canManageBodies: boolean;
  decisionForm: FormState;
  bodyForm: FormState;
  notice?: MessageKey | undefined;
};

function ChainStatus({ t, verdict }: { t: Translator; verdict: ChainVerdict }) {
  if (verdict.ok) {
    const text =
      verdict.length === 0
        ? t('decisions.chainEmpty')
        : t('decisions.chainOk', { count: verdict.length });
    return (
      <div
        class="ds-alert"
        data-color={verdict.length === 0 ? 'info' : 'success'}
        role="status"
        id="chain-status"
      >
        <p class="ds-paragraph">{text}</p>
      </div>
    );
  }
  return (
    <div class="ds-alert" data-color="danger" role="alert" id="chain-status">
      <p class="ds-paragraph">
        {t('decisions.chainBroken', {
          number: verdict.index + 1,
          reason: t(`decisions.reason.${verdict.reason}`),
        })}
      </p>
    </div>
  );
}

/** The anchor of a decision on the decisions page, for links to one decision. */
export const decisionAnchor = (id: string) => `decision-${id}`;

/**
 * What a decision concerns, kind by kind: a link to each thing the reader may see; a kind whose
 * things are all hidden from the reader (a scenario, to residents) is named without a link.
 */
function Concerns(props: {
  t: Translator;
  base: string;
  adopts: { kind: string; id: string }[];
  links: Map<string, ThingLink>;
}) {
  const { t } = props;
  const kinds = [...new Set(props.adopts.map((a) => a.kind))];
  if (kinds.length === 0) return null;
  const kindLabel = (kind: string) => {
    const key = `decisions.adoption.${kind}`;
    return isMessageKey(key) ? t(key) : kind;
  };
  return (
    <ul class="plain-list decision-concerns">
      {kinds.map((kind) => {
        const found = props.adopts
          .filter((a) => a.kind === kind)
          .map((a) => props.links.get(linkKey(kind, a.id)))
          .filter((l): l is ThingLink => l !== undefined);
        return (
          <li>
            {`${t('decisions.concerns')}: ${kindLabel(kind)}`}
            {found.length > 0 && ': '}
            {found.map((l, i) => (
              <>
                {i > 0 && ', '}
                <a class="ds-link" href={`${props.base}/${l.path}`}>
                  {l.title}
                </a>
              </>
            ))}
          </li>
        );
      })}
    </ul>
  );
}

/** A municipality's recorded decisions, whether their chain holds, and the forms to add to them. */
export function DecisionsPage(props: Props) {
  const { t, municipality: m } = props;
  const base = `/${t.lang}/municipalities/${m.id}`;
  const bodyLabels = { name: t('decisions.bodyName'), kind: t('decisions.bodyKind') };
  return (
    <Layout {...props} title={t('decisions.title', { name: m.name })} municipality={m}>
      <ErrorSummary t={t} form={props.decisionForm} labels={decisionLabels(t)} />
      <ErrorSummary t={t} form={props.bodyForm} labels={bodyLabels} />
      <Notice t={t} messageKey={props.notice} />
      <h1 class="ds-heading" data-size="lg">
        {t('decisions.title', { name: m.name })}
      </h1>
      <p class="ds-paragraph">{t('decisions.lead')}</p>
      <ChainStatus t={t} verdict={props.verdict} />
      {props.decisions.length > 0 && (
        <ScrollableTable label={t('decisions.title', { name: m.name })}>
          <thead>
            <tr>
              <th scope="col">{t('decisions.number')}</th>
              <th scope="col">{t('decisions.date')}</th>
              <th scope="col">{t('decisions.body')}</th>
              <th scope="col">{t('decisions.text')}</th>
              <th scope="col">{t('decisions.recordedAs')}</th>
              <th scope="col">{t('decisions.hash')}</th>
            </tr>
          </thead>
          <tbody>
            {props.decisions.map((d) => (
              <tr id={decisionAnchor(d.id)} class="decision-row">
                <th scope="row">{d.sequence}</th>
                <td>{t.date(new Date(`${d.decidedOn}T12:00:00Z`))}</td>
                <td>{d.bodyName}</td>
                <td class="decision-text">
                  {d.text}
                  <Concerns t={t} base={base} adopts={d.adopts} links={props.links} />
                </td>
                <td>
                  <ReferenceCell t={t} decision={d} />
                </td>
                <td class="token-secret muted">{d.hash.slice(0, 16)}…</td>
              </tr>
            ))}
          </tbody>
        </ScrollableTable>
      )}
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
