import type { MessagesOf } from '../../../web/i18n/messages.ts';

/** English messages of the decisions domain. The keys are the contract: sv and nb have exactly these. */
export const en = {
  'decisions.title': 'Decisions of {name}',
  'decisions.lead':
    'Decisions are recorded here after they are made and then stand: a decision is never edited or removed, and a correction is a new decision. Each decision is sealed with a SHA-256 hash over its content and the previous decision’s hash, so anyone can check that none was changed afterwards.',
  'decisions.chainOk':
    '{count, plural, one {The chain of # decision holds: it has not been changed since it was recorded.} other {The chain of # decisions holds: none has been changed since it was recorded.}}',
  'decisions.chainEmpty': 'No decisions have been recorded yet.',
  'decisions.chainBroken': 'The chain does not hold at decision number {number}: {reason}.',
  'decisions.reason.order': 'a decision is missing, repeated or out of order',
  'decisions.reason.malformed': 'a stored hash is malformed',
  'decisions.reason.link-broken': 'it does not link to the decision before it',
  'decisions.reason.content-changed': 'its content was changed after it was recorded',
  'decisions.reason.head-mismatch': 'the chain ends at another decision than published',
  'decisions.date': 'Date',
  'decisions.body': 'Body',
  'decisions.text': 'Decision',
  'decisions.hash': 'Hash',
  'decisions.heading': 'No. {number} · {date} · {body}',
  'decisions.recordedAs': 'In the minutes',
  'decisions.paragraphValue': '§ {number}',
  'decisions.registrationValue': 'Reg. no. {number}',
  'decisions.protocolLink': 'Minutes',
  'decisions.concerns': 'Concerns',
  'decisions.adoption.future-story-version': 'Future story',
  'decisions.adoption.goal-set': 'Goals',
  'decisions.adoption.portfolio-scenario': 'Prioritisation scenario',
  'decisions.adoption.gate-override': 'Scale gate overridden',
  'decisions.decisionNumber': 'Decision no. {number}, {date}',
  'decisions.record': 'Record a decision',
  'decisions.submit': 'Record decision',
  'decisions.recorded': 'The decision was recorded.',
  'decisions.dateHint': 'The date of the decision, as YYYY-MM-DD.',
  'decisions.paragraph': 'Paragraph in the minutes (optional)',
  'decisions.paragraphHint': 'As the minutes number it, for example § 45 or 45.',
  'decisions.registrationNumber': 'Registration number (optional)',
  'decisions.registrationNumberHint':
    'The case’s number in the registry (diarienummer, saksnummer), for example KS 2026/123 or 26/01234.',
  'decisions.protocolUrl': 'Link to the minutes (optional)',
  'decisions.protocolUrlHint':
    'The web address where the minutes are published, starting with https://.',
  'decisions.bodies': 'Decision-making bodies',
  'decisions.addBody': 'Add body',
  'decisions.bodyName': 'Name of the body',
  'decisions.bodyKind': 'Kind',
  'decisions.kind.council': 'Council (kommunfullmäktige / kommunestyre)',
  'decisions.kind.executive': 'Executive board (kommunstyrelse / formannskap)',
  'decisions.kind.committee': 'Committee (nämnd / utvalg)',
  'decisions.bodyAdded': 'The body was added.',
  'decisions.noBodies': 'Add a decision-making body before recording decisions.',
  'decisions.chooseBody': 'Choose a body',
  'decisions.audit.decision.record': 'Decision recorded',
  'decisions.audit.decision-body.create': 'Decision-making body added',
  'decisions.error.decisionBody': 'Choose one of this municipality’s bodies.',
  'decisions.error.bodyKind': 'Choose the kind of body.',
  'decisions.error.paragraph':
    'Write the paragraph as the minutes number it, for example § 45 or 45, in at most 20 characters.',
  'decisions.error.registrationNumber':
    'Write the registration number with letters, digits and separators such as / . : -, for example KS 2026/123, in at most 50 characters.',
  'decisions.error.protocolUrl':
    'Give the link to the minutes as a web address starting with https://, for example https://kommun.se/protokoll.pdf.',
  'decisions.nav': 'Decisions',
  'decisions.search.kind': 'Decision',
  'decisions.start.title': 'Latest decisions',
  'decisions.start.more': 'See every decision',
  'decisions.start.item': '{body}, {date}',
} as const;

declare module '../../../web/i18n/messages.ts' {
  interface Messages extends MessagesOf<typeof en> {}
}
