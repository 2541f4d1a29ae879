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
  'decisions.reason.version':
    'its hash version is unknown or older than that of the decision before it',
  'decisions.reason.head-not-found':
    'the hash you kept is no longer in the chain: a decision has been removed or rewritten',
  'decisions.reason.checkpoint-signature':
    'a signed checkpoint does not match Samskap’s signing key',
  'decisions.reason.checkpoint-beyond-chain':
    'a signed checkpoint counts more decisions than the chain has: decisions have been removed',
  'decisions.reason.checkpoint-head':
    'a signed checkpoint gives another hash for this decision: the chain has been rewritten',
  'decisions.reason.checkpoint-missing':
    'a decision has no signed checkpoint although one is signed whenever a decision is recorded: it was added afterwards, or its checkpoint removed',
  'decisions.head': 'Latest hash of the chain',
  'decisions.previousHash': 'Previous hash',
  'decisions.recordedAt': 'Recorded',
  'decisions.anchorLead':
    'Keep the latest hash of the chain, or subscribe to the feed. If a decision is later changed or removed, you will see it when you check the chain against what you kept.',
  'decisions.verifyLink': 'Check the chain',
  'decisions.feedLink': 'The decisions as an Atom feed',
  'decisions.keyLink': 'Samskap’s public signing key',
  'decisions.verify.title': 'Check the decisions of {name}',
  'decisions.verify.lead':
    'Anyone can check here that no decision has been changed, removed or rewritten since it was recorded. If you kept the latest hash of the chain earlier, from the decisions page, the feed or the API, enter it to check that it is still part of the chain.',
  'decisions.verify.headLabel': 'Hash you kept (optional)',
  'decisions.verify.headHint': '64 characters: the digits 0–9 and the letters a–f.',
  'decisions.verify.submit': 'Check',
  'decisions.verify.keptAtHead':
    'The hash you kept is still the latest of the chain: no decision has been recorded since.',
  'decisions.verify.keptFound':
    '{since, plural, one {The hash you kept belongs to decision no. {number} and is still in the chain. # decision has been recorded since.} other {The hash you kept belongs to decision no. {number} and is still in the chain. # decisions have been recorded since.}}',
  'decisions.verify.keptGenesis':
    'The hash you kept is the start of the chain, from before any decision was recorded.',
  'decisions.verify.keptMissing':
    'The hash you kept is not in the chain. A decision up to that point has been removed or changed since you kept it. Please contact the municipality about this.',
  'decisions.verify.checkpoints':
    '{count, plural, =0 {There are no signed checkpoints yet.} one {# signed checkpoint agrees with the chain.} other {All # signed checkpoints agree with the chain.}}',
  'decisions.verify.keyId': 'Id of the signing key: {kid}',
  'decisions.error.head': 'Enter a hash of 64 characters: the digits 0–9 and the letters a–f.',
  'decisions.date': 'Date',
  'decisions.body': 'Body',
  'decisions.text': 'Decision',
  'decisions.hash': 'Hash',
  'decisions.pageOf': 'Page {page} of {pages}, the newest decisions first.',
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
  'decisions.adoption.matter': 'Matter',
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
