import type { MessagesOf } from '../../../../web/i18n/messages.ts';

/** English messages of the moderation domain. The keys are the contract: sv and nb have exactly these. */
export const en = {
  'moderation.nav': 'Moderation',
  'moderation.title': 'Moderation',
  'moderation.count':
    '{count, plural, =0 {Nothing waits for a moderator.} one {# item waits for a moderator.} other {# items wait for a moderator.}}',
  'moderation.acts': 'Download every moderation decision (CSV)',
  'moderation.filter.kind': 'Show',
  'moderation.filter.matter': 'Matter',
  'moderation.filter.all': 'All',
  'moderation.filter.submit': 'Filter',
  'moderation.kind.statement': 'Statement waiting to be shown',
  'moderation.kind.comment': 'Flagged comment',
  'moderation.kind.answer': 'Written survey answer waiting to be published',
  'moderation.flags': '{count, plural, one {flagged by # user} other {flagged by # users}}',
  'moderation.items': 'Choose what to decide on',
  'moderation.decision': 'Decision',
  'moderation.accept': 'Accept: show it',
  'moderation.reject': 'Reject: hide it',
  'moderation.reason': 'Reason',
  'moderation.reasonHint':
    'Required to reject. For a statement or comment it is shown where the text was, so write it for everyone to read; for a survey answer it is kept with the decision.',
  'moderation.submit': 'Decide on the chosen items',
  'moderation.done': 'The decision is saved and recorded.',
  'moderation.error.noItems': 'Choose at least one item.',
  'moderation.error.tooMany': 'Choose at most 100 items at a time.',
  'moderation.error.item': 'One of the chosen items is not in the queue.',
  'moderation.error.reason': 'Give the reason for rejecting.',
  'moderation.policy.link': 'Our moderation policy',
  'moderation.policy.title': 'How we moderate dialogues in {name}',
  'moderation.policy.lead':
    'Everyone may say what they think in the municipality’s dialogues, also when it is critical. Moderators only step in when a text breaks the rules below.',
  'moderation.policy.notAllowed': 'What is not allowed',
  'moderation.policy.rule.offensive':
    'Threats, harassment, and hateful or degrading language about people or groups.',
  'moderation.policy.rule.personal':
    'Personal data about others: names, addresses, health or other sensitive information.',
  'moderation.policy.rule.offTopic': 'Texts that have nothing to do with the matter.',
  'moderation.policy.rule.spam': 'Advertising, spam and the same text again and again.',
  'moderation.policy.howTitle': 'How it works',
  'moderation.policy.how':
    'Anyone who is logged in can flag a comment. When three people have flagged it, it is hidden until a moderator has looked at it. In some dialogues new statements are read by a moderator before they are shown. A moderator who hides a text writes why, and the reason is shown in its place. In a survey, written answers are published only once a moderator or the staff running the survey have read them.',
  'moderation.policy.record':
    'Every moderation decision is recorded with its reason and can be downloaded by the municipality.',
} as const;

declare module '../../../../web/i18n/messages.ts' {
  interface Messages extends MessagesOf<typeof en> {}
}
