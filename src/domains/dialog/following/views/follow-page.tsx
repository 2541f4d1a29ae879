import { CsrfField, Notice, SubmitButton } from '../../../../web/components/forms.tsx';
import type { MessageKey } from '../../../../web/i18n/index.ts';
import { Layout, type PageContext } from '../../../../web/layout.tsx';
import type { Frequency } from '../following.queries.ts';

export type FollowState =
  | { signedIn: false }
  | {
      signedIn: true;
      /** `true`, `false` (stopped), undefined (never chose). */
      following: boolean | undefined;
      tookPart: boolean;
      frequency: Frequency;
    };

type Props = PageContext & {
  municipality: { id: string; name: string };
  matter: { id: string; title: string };
  state: FollowState;
  notice: MessageKey | undefined;
};

/** Follow a matter or stop: what mails it brings, whether one follows now, and how often. */
export function FollowPage(props: Props) {
  const { t, state, matter } = props;
  const matterPath = `/${t.lang}/municipalities/${props.municipality.id}/matters/${matter.id}`;
  const follows =
    state.signedIn &&
    (state.following === true || (state.following === undefined && state.tookPart));
  return (
    <Layout {...props} title={t('following.title')} municipality={props.municipality}>
      <Notice t={t} messageKey={props.notice} />
      <h1 class="ds-heading" data-size="lg">
        {t('following.title')}
      </h1>
      <p class="ds-paragraph" data-size="lg" lang={t.contentLang}>
        {matter.title}
      </p>
      <p class="ds-paragraph">{t('following.lead')}</p>
      {state.signedIn ? (
        <>
          <p class="ds-paragraph">
            <strong>
              {follows
                ? state.following === true
                  ? t('following.state.following')
                  : t('following.state.participant')
                : t('following.state.stopped')}
            </strong>
          </p>
          <form method="post" action={`${matterPath}/follow`}>
            <CsrfField token={props.csrfToken} />
            <input type="hidden" name="action" value={follows ? 'stop' : 'follow'} />
            <SubmitButton variant={follows ? 'secondary' : 'primary'}>
              {follows ? t('following.stop') : t('following.follow')}
            </SubmitButton>
          </form>
          <p class="ds-paragraph" data-size="sm">
            {state.frequency === 'none'
              ? t('following.noMails')
              : t('following.frequencyNow', {
                  frequency: t(`following.frequency.${state.frequency}`),
                })}{' '}
            <a class="ds-link" href={`/${t.lang}/notifications`}>
              {t('following.settingsLink')}
            </a>
          </p>
        </>
      ) : (
        <p class="ds-paragraph">
          <a
            class="ds-link"
            href={`/${t.lang}/login?next=${encodeURIComponent(`${matterPath}/follow`)}`}
          >
            {t('following.signIn')}
          </a>
        </p>
      )}
      <p class="ds-paragraph">
        <a class="ds-link" href={matterPath}>
          {t('following.back')}
        </a>
      </p>
    </Layout>
  );
}
