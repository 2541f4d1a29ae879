import type { Translator } from '../../../web/i18n/index.ts';
import type { NoticeKind } from './following.queries.ts';

/** One piece of news in a notification mail. */
export type NoticeInMail = {
  kind: NoticeKind;
  matterId: string;
  title: string;
  municipalityId: string;
  municipalityName: string;
};

/**
 * The subject and text of a notification mail in the recipient's language: one piece of news
 * says what happened in the subject; several are listed, each with its matter's address.
 */
export function noticeMail(
  t: Translator,
  notices: readonly NoticeInMail[],
  links: { baseUrl: string; settingsUrl: string; unsubscribeUrl: string },
): { subject: string; text: string } {
  const [only] = notices;
  const subject =
    notices.length === 1 && only
      ? t(`following.mail.subject.${only.kind}`, { title: only.title })
      : t('following.mail.subject.several', { count: notices.length });
  const items = notices.map((n) => {
    const anchor = n.kind === 'feedback' ? '#feedback-heading' : '';
    const url = `${links.baseUrl}/${t.lang}/municipalities/${n.municipalityId}/matters/${n.matterId}${anchor}`;
    return `${n.municipalityName}: ${n.title}\n${t(`following.mail.${n.kind}`)}\n${url}`;
  });
  const text = [
    t('following.mail.greeting'),
    t('following.mail.lead'),
    ...items,
    [
      t('following.mail.why'),
      t('following.mail.settings', { link: links.settingsUrl }),
      t('following.mail.unsubscribe', { link: links.unsubscribeUrl }),
    ].join('\n'),
  ].join('\n\n');
  return { subject, text };
}
