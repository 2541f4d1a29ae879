import type { MessagesOf } from '../../../web/i18n/messages.ts';

/** English messages of the decisions domain. The keys are the contract: sv and nb have exactly these. */
export const en = {
  'decisions.title': 'Decisions of {name}',
  'decisions.lead':
    'Decisions are recorded here after they are made and then stand: a decision is never edited or removed, and a correction is a new decision. Each decision is sealed with a SHA-256 hash over its content and the previous decision’s hash, so anyone can check that none was changed afterwards.',
  'decisions.chainOk':
    'The chain of {count} decisions holds: none has been changed since it was recorded.',
  'decisions.chainEmpty': 'No decisions have been recorded yet.',
  'decisions.chainBroken': 'The chain does not hold at decision number {number}: {reason}.',
  'decisions.reason.order': 'a decision is missing, repeated or out of order',
  'decisions.reason.malformed': 'a stored hash is malformed',
  'decisions.reason.link-broken': 'it does not link to the decision before it',
  'decisions.reason.content-changed': 'its content was changed after it was recorded',
  'decisions.reason.head-mismatch': 'the chain ends at another decision than published',
  'decisions.number': 'No.',
  'decisions.date': 'Date',
  'decisions.body': 'Body',
  'decisions.text': 'Decision',
  'decisions.hash': 'Hash',
  'decisions.record': 'Record a decision',
  'decisions.submit': 'Record decision',
  'decisions.recorded': 'The decision was recorded.',
  'decisions.dateHint': 'The date of the decision, as YYYY-MM-DD.',
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
  'decisions.nav': 'Decisions',
  'decisions.search.kind': 'Decision',
} as const;

declare module '../../../web/i18n/messages.ts' {
  interface Messages extends MessagesOf<typeof en> {}
}
