import { langOf } from '../../../../web/components/content.tsx';
import { CsrfField, SubmitButton } from '../../../../web/components/forms.tsx';
import type { MessageKey } from '../../../../web/i18n/index.ts';
import { Layout, type PageContext } from '../../../../web/layout.tsx';
import type { Follower } from '../coauthors.load.ts';
import { INVITATION_DAYS, type InvitationLinkStatus } from '../coauthors.ts';
import type { ProposalRow } from '../proposals.queries.ts';

type Municipality = { id: string; name: string };

/** An invitation to co-author a proposal: the proposal, what accepting means, and the answer. */
export function InvitationPage(
  props: PageContext & {
    municipality: Municipality;
    proposal: ProposalRow;
    follower: Follower;
    /** This page's own address, where the answer is posted and a login returns to. */
    path: string;
  },
) {
  const { t, proposal: p } = props;
  return (
    <Layout {...props} title={t('proposals.invitation.title')} municipality={props.municipality}>
      <h1 class="ds-heading" data-size="lg">
        {t('proposals.invitation.title')}
      </h1>
      <p class="ds-paragraph">
        {t('proposals.invitation.lead', { municipality: props.municipality.name })}
      </p>
      <section aria-labelledby="invited-proposal">
        <h2 class="ds-heading" data-size="sm" id="invited-proposal">
          {t('proposals.invitation.proposal')}
        </h2>
        <h3 class="ds-heading" data-size="xs" lang={langOf(t)}>
          {p.title}
        </h3>
        <p class="ds-paragraph comment-text" lang={langOf(t)}>
          {p.body}
        </p>
      </section>
      <p class="ds-paragraph">{t('proposals.invitation.consent')}</p>
      {props.follower === 'visitor' && (
        <>
          <p class="ds-paragraph">
            <a class="ds-link" href={`/${t.lang}/login?next=${encodeURIComponent(props.path)}`}>
              {t('proposals.invitation.signIn')}
            </a>
          </p>
          <p class="ds-paragraph">
            {t('proposals.invitation.register')}{' '}
            <a class="ds-link" href={`/${t.lang}/register`}>
              {t('proposals.invitation.registerLink')}
            </a>
          </p>
        </>
      )}
      {props.follower === 'otherAccount' && (
        <div class="ds-alert" data-color="warning">
          <p class="ds-paragraph">{t('proposals.invitation.otherAccount')}</p>
        </div>
      )}
      <div class="form-actions">
        {props.follower === 'invited' && (
          <form method="post" action={props.path}>
            <CsrfField token={props.csrfToken} />
            <input type="hidden" name="answer" value="accept" />
            <SubmitButton>{t('proposals.invitation.accept')}</SubmitButton>
          </form>
        )}
        <form method="post" action={props.path}>
          <CsrfField token={props.csrfToken} />
          <input type="hidden" name="answer" value="decline" />
          <SubmitButton variant="secondary">{t('proposals.invitation.decline')}</SubmitButton>
        </form>
      </div>
    </Layout>
  );
}

const problems: Record<
  Exclude<InvitationLinkStatus, 'valid'>,
  { title: MessageKey; text: MessageKey }
> = {
  unknown: {
    title: 'proposals.invitation.unknown.title',
    text: 'proposals.invitation.unknown.text',
  },
  used: { title: 'proposals.invitation.used.title', text: 'proposals.invitation.used.text' },
  expired: {
    title: 'proposals.invitation.expired.title',
    text: 'proposals.invitation.expired.text',
  },
  closed: { title: 'proposals.invitation.closed.title', text: 'proposals.invitation.closed.text' },
};

/** A link that no longer makes anyone a co-author, saying why and what to do. */
export function InvitationProblemPage(
  props: PageContext & {
    municipality: Municipality;
    status: Exclude<InvitationLinkStatus, 'valid'>;
  },
) {
  const { t } = props;
  const problem = problems[props.status];
  return (
    <Layout {...props} title={t(problem.title)} municipality={props.municipality}>
      <h1 class="ds-heading" data-size="lg">
        {t(problem.title)}
      </h1>
      <p class="ds-paragraph">{t(problem.text, { days: INVITATION_DAYS })}</p>
    </Layout>
  );
}

/** The answer to a declined invitation: the proposal stays its proposer's to show. */
export function InvitationDeclinedPage(props: PageContext & { municipality: Municipality }) {
  const { t } = props;
  return (
    <Layout {...props} title={t('proposals.invitation.title')} municipality={props.municipality}>
      <h1 class="ds-heading" data-size="lg">
        {t('proposals.invitation.title')}
      </h1>
      <p class="ds-paragraph" role="status">
        {t('proposals.invitation.declined')}
      </p>
    </Layout>
  );
}
