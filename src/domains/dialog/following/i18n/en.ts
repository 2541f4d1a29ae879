import type { MessagesOf } from '../../../../web/i18n/messages.ts';

/** English messages of following matters and notification mails. */
export const en = {
  'following.link': 'Get e-mail about this matter',
  'following.title': 'Follow the matter',
  'following.lead':
    'Follow the matter and we will e-mail you when the dialogue closes, when the decision is made and when the municipality tells how residents’ input was used.',
  'following.state.following': 'You follow this matter.',
  'following.state.participant':
    'You took part in the dialogue, so you follow this matter unless you stop.',
  'following.state.stopped': 'You do not follow this matter.',
  'following.follow': 'Follow the matter',
  'following.stop': 'Stop following',
  'following.signIn': 'Log in to follow the matter.',
  'following.frequencyNow': 'You get notification mails: {frequency}.',
  'following.noMails':
    'You have turned notification mails off, so following the matter sends you nothing until you turn them on.',
  'following.settingsLink': 'Choose how often you get mails',
  'following.back': 'Back to the matter',
  'following.done.followed': 'You now follow the matter.',
  'following.done.stopped': 'You no longer follow the matter.',
  'following.done.saved': 'Your choice is saved.',
  'following.settings.title': 'Notification mails',
  'following.settings.lead':
    'We e-mail you about the matters you follow: when a dialogue closes, when the decision is made and when the municipality tells how the input was used.',
  'following.settings.frequency': 'How often do you want mails?',
  'following.settings.submit': 'Save',
  'following.settings.follows': 'Matters you follow',
  'following.settings.noFollows': 'You do not follow any matter yet.',
  'following.frequency.none': 'never',
  'following.frequency.immediately': 'at once, for each piece of news',
  'following.frequency.daily': 'at most once a day, all news in one mail',
  'following.frequency.weekly': 'at most once a week, on Monday mornings',
  'following.error.frequency': 'Choose how often you want mails.',
  'following.error.action': 'Choose whether to follow the matter or stop.',
  'following.unsubscribe.title': 'Stop notification mails',
  'following.unsubscribe.lead':
    'You will get no more mails about the matters you follow. You can turn them on again whenever you like.',
  'following.unsubscribe.submit': 'Stop the mails',
  'following.unsubscribe.done': 'Done: you will get no more notification mails.',
  'following.unsubscribe.unknown':
    'The link is not valid. It may have been copied incompletely from the mail.',
  'following.mail.subject.closed': 'The dialogue on “{title}” has closed',
  'following.mail.subject.decided': 'Decided: {title}',
  'following.mail.subject.feedback': 'How residents’ input was used: {title}',
  'following.mail.subject.several':
    '{count, plural, one {# piece of news} other {# pieces of news}} about matters you follow',
  'following.mail.greeting': 'Hello,',
  'following.mail.lead': 'Here is what is new in matters you follow.',
  'following.mail.closed':
    'The dialogue has closed. What residents said is now being put together before the decision.',
  'following.mail.decided': 'The decision has been made. Read it beside what residents said.',
  'following.mail.feedback': 'The municipality has told how residents’ input was used.',
  'following.mail.why':
    'You get this mail because you follow the matter or took part in its dialogue.',
  'following.mail.settings': 'Choose how often you get mails: {link}',
  'following.mail.unsubscribe': 'Stop these mails: {link}',
} as const;

declare module '../../../../web/i18n/messages.ts' {
  interface Messages extends MessagesOf<typeof en> {}
}
