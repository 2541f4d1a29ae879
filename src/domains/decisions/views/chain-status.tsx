import type { Translator } from '../../../web/i18n/index.ts';
import { DECISION_KEY_PATH } from '../checkpoints.api.ts';
import type { DecisionsVerdict } from '../verify.ts';

/** Whether a municipality's decisions hold, and how many signed checkpoints agree with them. */
export function ChainStatus({ t, verdict: v }: { t: Translator; verdict: DecisionsVerdict }) {
  // A kept head that is missing is answered on the verify page in its own words.
  const failure = v.failure?.reason === 'head-not-found' ? null : v.failure;
  if (failure) {
    return (
      <div class="ds-alert" data-color="danger" role="alert" id="chain-status">
        <p class="ds-paragraph">
          {t('decisions.chainBroken', {
            number: failure.index + 1,
            reason: t(`decisions.reason.${failure.reason}`),
          })}
        </p>
      </div>
    );
  }
  const empty = v.length === 0;
  return (
    <>
      <div class="ds-alert" data-color={empty ? 'info' : 'success'} role="status" id="chain-status">
        <p class="ds-paragraph">
          {empty ? t('decisions.chainEmpty') : t('decisions.chainOk', { count: v.length })}
        </p>
      </div>
      {!empty && (
        <p class="ds-paragraph" data-size="sm" id="checkpoint-status">
          {t('decisions.verify.checkpoints', { count: v.checkpoints.checked })}
        </p>
      )}
    </>
  );
}

/**
 * The chain's latest hash, to keep, and where to check it later: the verify page, the Atom feed
 * and the public key that signs the checkpoints.
 */
export function ChainAnchor(props: { t: Translator; municipalityId: string; head: string | null }) {
  const { t } = props;
  const base = `/${t.lang}/municipalities/${props.municipalityId}`;
  return (
    <section class="stack decision-anchor" aria-label={t('decisions.head')}>
      {props.head && (
        <dl class="facts">
          <dt>{t('decisions.head')}</dt>
          <dd>
            <code class="token-secret" id="chain-head">
              {props.head}
            </code>
          </dd>
        </dl>
      )}
      <p class="ds-paragraph" data-size="sm">
        {t('decisions.anchorLead')}
      </p>
      <ul class="ds-list">
        <li>
          <a class="ds-link" href={`${base}/decisions/verify`}>
            {t('decisions.verifyLink')}
          </a>
        </li>
        <li>
          <a class="ds-link" href={`${base}/decisions.atom`} type="application/atom+xml">
            {t('decisions.feedLink')}
          </a>
        </li>
        <li>
          <a class="ds-link" href={DECISION_KEY_PATH} type="application/jwk+json">
            {t('decisions.keyLink')}
          </a>
        </li>
      </ul>
    </section>
  );
}
