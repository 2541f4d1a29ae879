import {
  CsrfField,
  type FormState,
  SubmitButton,
  TextField,
} from '../../../../web/components/forms.tsx';
import type { Translator } from '../../../../web/i18n/index.ts';
import { MAX_COAUTHORS } from '../coauthors.ts';
import type { ProposalCoauthors } from '../proposal.load.ts';

/** A one-button form that ends an invitation or a co-authorship; the hidden text says whose. */
function EndButton(props: { action: string; csrfToken: string; label: string; what: string }) {
  return (
    <form method="post" action={props.action} class="inline-form">
      <CsrfField token={props.csrfToken} />
      <button type="submit" class="ds-button" data-variant="secondary" data-size="sm">
        {props.label}
        <span class="ds-sr-only">{` ${props.what}`}</span>
      </button>
    </form>
  );
}

/**
 * A proposal's co-authors by name, for everyone who sees the proposal; for its proposer, the open
 * invitations and the form that invites (while the proposal takes co-authors); for a co-author,
 * the way out.
 */
export function CoauthorsSection(props: {
  t: Translator;
  csrfToken: string;
  /** The proposal page's address. */
  base: string;
  coauthors: ProposalCoauthors;
  isAuthor: boolean;
  isCoauthor: boolean;
  /** Whether the proposal still takes co-authors (until it is handed to the body). */
  open: boolean;
  form: FormState;
}) {
  const { t, coauthors, base } = props;
  const manages = props.isAuthor && props.open;
  if (coauthors.accepted.length === 0 && !manages) return null;
  const taken = coauthors.accepted.length + coauthors.invited.length;
  return (
    <section aria-labelledby="coauthors-heading">
      <h2 class="ds-heading" data-size="sm" id="coauthors-heading">
        {t('proposals.coauthors.title')}
      </h2>
      {coauthors.accepted.length > 0 && (
        <ul class="ds-list">
          {coauthors.accepted.map((c) => (
            <li>
              {c.name}{' '}
              {manages && (
                <EndButton
                  action={`${base}/coauthors/${c.id}/remove`}
                  csrfToken={props.csrfToken}
                  label={t('proposals.coauthors.remove')}
                  what={c.name}
                />
              )}
            </li>
          ))}
        </ul>
      )}
      {props.isCoauthor && (
        <>
          <p class="ds-paragraph">{t('proposals.coauthors.youAre')}</p>
          <form method="post" action={`${base}/coauthors/leave`}>
            <CsrfField token={props.csrfToken} />
            <SubmitButton variant="secondary">{t('proposals.coauthors.leave')}</SubmitButton>
          </form>
        </>
      )}
      {manages && (
        <>
          <p class="ds-paragraph">{t('proposals.coauthors.lead', { max: MAX_COAUTHORS })}</p>
          {coauthors.invited.length > 0 ? (
            <ul class="ds-list">
              {coauthors.invited.map((c) => (
                <li>
                  {t('proposals.coauthors.invitedRow', {
                    email: c.email,
                    date: t.date(c.expiresAt),
                  })}{' '}
                  <EndButton
                    action={`${base}/coauthors/${c.id}/remove`}
                    csrfToken={props.csrfToken}
                    label={t('proposals.coauthors.withdraw')}
                    what={c.email}
                  />
                </li>
              ))}
            </ul>
          ) : (
            coauthors.accepted.length === 0 && (
              <p class="ds-paragraph">{t('proposals.coauthors.none')}</p>
            )
          )}
          {taken >= MAX_COAUTHORS && (
            <p class="ds-paragraph">{t('proposals.coauthors.error.limit')}</p>
          )}
          <form method="post" action={`${base}/coauthors`} class="form" novalidate>
            <CsrfField token={props.csrfToken} />
            <TextField
              t={t}
              form={props.form}
              name="email"
              type="email"
              label={t('proposals.coauthors.email')}
              hint={t('proposals.coauthors.resendHint')}
              autocomplete="off"
              maxlength={254}
              required
            />
            <div>
              <SubmitButton>{t('proposals.coauthors.invite')}</SubmitButton>
            </div>
          </form>
        </>
      )}
    </section>
  );
}
