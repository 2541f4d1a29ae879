import type { CommandContext } from '../../../lib/context.ts';
import { conventionsOf, translator } from '../../../web/i18n/index.ts';
import { enqueueMail, enqueueMails } from '../../mail/commands/enqueue-mail.ts';

/** What a workshop mail needs to know of the workshop. */
export type WorkshopNews = {
  workshopId: string;
  title: string;
  startsAt: Date;
  place: string;
  challengeId: string;
  municipalityId: string;
};

/** A workshop mail's language, time zone and link, by the municipality's country. */
function mailFrame(w: WorkshopNews, baseUrl: string) {
  const c = conventionsOf(w.municipalityId.slice(0, 2));
  const t = translator(c.lang, c.timeZone, c.lang);
  const url = `${baseUrl}/${c.lang}/municipalities/${w.municipalityId}/challenges/${w.challengeId}#workshop-${w.workshopId}`;
  const when = t('challenges.mail.when', { when: t.date(w.startsAt, true), place: w.place });
  return { lang: c.lang, t, url, when };
}

/** Tells someone who moved up from the waiting list that they have a place, in the caller's transaction. */
export async function mailMovedUp(
  tx: CommandContext,
  to: string,
  w: WorkshopNews,
  baseUrl: string,
) {
  const { lang, t, url, when } = mailFrame(w, baseUrl);
  await enqueueMail(tx, {
    kind: 'challenges.movedUp',
    to,
    lang,
    subject: t('challenges.mail.movedUpSubject', { title: w.title }),
    text: `${t('challenges.mail.movedUp', { title: w.title })}\n\n${when}\n\n${t('challenges.mail.read')}\n${url}\n\n${t('challenges.mail.cancelHint')}`,
  });
}

/** Reminds each person of their place at a workshop the day before, in the caller's transaction. */
export async function mailReminders(
  tx: CommandContext,
  due: readonly (WorkshopNews & { email: string })[],
  baseUrl: string,
): Promise<number> {
  return enqueueMails(
    tx,
    due.map((w) => {
      const { lang, t, url, when } = mailFrame(w, baseUrl);
      return {
        kind: 'challenges.reminder',
        to: w.email,
        lang,
        subject: t('challenges.mail.reminderSubject', { title: w.title }),
        text: `${t('challenges.mail.reminder', { title: w.title })}\n\n${when}\n\n${t('challenges.mail.read')}\n${url}\n\n${t('challenges.mail.cancelHint')}`,
      };
    }),
  );
}
