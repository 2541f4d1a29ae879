import { SubmitButton } from '../../../../web/components/forms.tsx';
import { Layout, type PageContext } from '../../../../web/layout.tsx';

type Props = PageContext & { token: string; state: 'ask' | 'done' | 'unknown' };

/**
 * The page an unsubscribe link opens. Opening it stops nothing (mail scanners open links); the
 * button does, and so does a mail program's one-click post to the same address.
 */
export function UnsubscribePage(props: Props) {
  const { t } = props;
  return (
    <Layout {...props} title={t('following.unsubscribe.title')}>
      <h1 class="ds-heading" data-size="lg">
        {t('following.unsubscribe.title')}
      </h1>
      {props.state === 'unknown' && (
        <div class="ds-alert" data-color="danger" role="alert">
          <p class="ds-paragraph">{t('following.unsubscribe.unknown')}</p>
        </div>
      )}
      {props.state === 'done' && (
        <div class="ds-alert" data-color="success" role="status">
          <p class="ds-paragraph">{t('following.unsubscribe.done')}</p>
        </div>
      )}
      {props.state === 'ask' && (
        <>
          <p class="ds-paragraph">{t('following.unsubscribe.lead')}</p>
          <form method="post" action={`/${t.lang}/unsubscribe/${props.token}`}>
            <SubmitButton>{t('following.unsubscribe.submit')}</SubmitButton>
          </form>
        </>
      )}
      <p class="ds-paragraph">
        <a class="ds-link" href={`/${t.lang}/notifications`}>
          {t('following.settingsLink')}
        </a>
      </p>
    </Layout>
  );
}
