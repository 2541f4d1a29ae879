import {
  ErrorSummary,
  type FormState,
  SubmitButton,
  TextField,
} from '../../../web/components/forms.tsx';
import type { Translator } from '../../../web/i18n/index.ts';
import { Layout, type PageContext } from '../../../web/layout.tsx';
import type { DecisionsVerdict } from '../verify.ts';
import { ChainAnchor, ChainStatus } from './chain-status.tsx';

type Props = PageContext & {
  municipality: { id: string; name: string };
  verdict: DecisionsVerdict;
  form: FormState;
};

/** The answer about a head the reader kept: still in the chain (and where), or gone. */
function KeptHead({ t, verdict: v }: { t: Translator; verdict: DecisionsVerdict }) {
  const kept = v.kept;
  // Asked nothing, or the chain itself is broken (ChainStatus says where): nothing to add.
  if (!kept || v.head === null) return null;
  if (kept.sequence === null) {
    return (
      <div class="ds-alert" data-color="danger" role="alert" id="kept-head">
        <p class="ds-paragraph">{t('decisions.verify.keptMissing')}</p>
        <p class="ds-paragraph">
          <code class="token-secret">{kept.hash}</code>
        </p>
      </div>
    );
  }
  const text =
    kept.sequence === 0
      ? t('decisions.verify.keptGenesis')
      : kept.sequence === v.length
        ? t('decisions.verify.keptAtHead')
        : t('decisions.verify.keptFound', {
            number: kept.sequence,
            since: v.length - kept.sequence,
          });
  return (
    <div class="ds-alert" data-color="success" role="status" id="kept-head">
      <p class="ds-paragraph">{text}</p>
      <p class="ds-paragraph">
        <code class="token-secret">{kept.hash}</code>
      </p>
    </div>
  );
}

/**
 * Checks a municipality's decisions for anyone: the chain, the signed checkpoints, and a hash
 * the reader kept earlier (`?head=`), each answered in words.
 */
export function VerifyPage(props: Props) {
  const { t, municipality: m, verdict: v } = props;
  const labels = { head: t('decisions.verify.headLabel') };
  return (
    <Layout {...props} title={t('decisions.verify.title', { name: m.name })} municipality={m}>
      <ErrorSummary t={t} form={props.form} labels={labels} />
      <h1 class="ds-heading" data-size="lg">
        {t('decisions.verify.title', { name: m.name })}
      </h1>
      <p class="ds-paragraph">{t('decisions.verify.lead')}</p>
      <KeptHead t={t} verdict={v} />
      <ChainStatus t={t} verdict={v} />
      <form
        method="get"
        action={`/${t.lang}/municipalities/${m.id}/decisions/verify`}
        class="form"
        novalidate
      >
        <TextField
          t={t}
          form={props.form}
          name="head"
          label={labels.head}
          hint={t('decisions.verify.headHint')}
          maxlength={200}
          autocomplete="off"
        />
        <div>
          <SubmitButton>{t('decisions.verify.submit')}</SubmitButton>
        </div>
      </form>
      <ChainAnchor t={t} municipalityId={m.id} head={v.head} />
      <p class="ds-paragraph muted" data-size="sm">
        {t('decisions.verify.keyId', { kid: v.keyId })}
      </p>
    </Layout>
  );
}
