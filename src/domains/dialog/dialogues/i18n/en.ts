import type { MessagesOf } from '../../../../web/i18n/messages.ts';

/** English messages of the dialogues domain. The keys are the contract: sv and nb have exactly these. */
export const en = {
  'dialogues.nav': 'Matters and dialogues',
  'dialogues.list.title': 'Matters before decision in {name}',
  'dialogues.list.lead':
    'Here you find what the municipality’s politicians will decide soon. While a dialogue is open you can say what you think, before the decision is made.',
  'dialogues.list.none': 'No matters have been registered yet.',
  'dialogues.list.register': 'Register a matter',
  'dialogues.list.planned': 'To be decided by {body} on {date}',
  'dialogues.phase.planned': 'Opens soon',
  'dialogues.phase.open': 'Open',
  'dialogues.phase.closed': 'Closed, being analysed',
  'dialogues.phase.decided': 'Decided',
  'dialogues.status.planned':
    'The dialogue opens on {opens}. The decision is planned for {date}, in {body}.',
  'dialogues.status.open':
    'The dialogue is open until {closes}: say what you think before the decision on {date}, in {body}.',
  'dialogues.status.closed':
    'The dialogue closed on {closes}. The municipality is going through what was said before the decision on {date}, in {body}.',
  'dialogues.status.decided': 'The matter has been decided by {body}. The dialogue is closed.',
  'dialogues.status.decision': 'Read the decision',
  'dialogues.matter.summary': 'In short',
  'dialogues.matter.background': 'Background',
  'dialogues.matter.department': 'Responsible department: {name}',
  'dialogues.vote.title': 'What do you think?',
  'dialogues.vote.statement': 'Statement',
  'dialogues.vote.agree': 'Agree',
  'dialogues.vote.disagree': 'Disagree',
  'dialogues.vote.pass': 'Unsure / pass',
  'dialogues.vote.progress':
    '{total, plural, one {You have voted on {voted} of # statement.} other {You have voted on {voted} of # statements.}}',
  'dialogues.vote.done':
    'You have voted on every statement so far. Add a statement of your own, or come back later for new ones.',
  'dialogues.vote.none': 'There are no statements to vote on yet.',
  'dialogues.vote.anonymous':
    'You take part without an account: a cookie on this device remembers your votes, and your name is never asked for.',
  'dialogues.vote.signIn': 'Log in to take part in this dialogue.',
  'dialogues.vote.eid':
    'This dialogue is for residents who log in with e-ID through the municipality.',
  'dialogues.statement.title': 'Add a statement',
  'dialogues.statement.text': 'Your statement',
  'dialogues.statement.hintShown':
    'One thought in at most 280 characters. Others can vote on it as soon as you have added it.',
  'dialogues.statement.hintModerated':
    'One thought in at most 280 characters. Others can vote on it once a moderator has read it.',
  'dialogues.statement.submit': 'Add statement',
  'dialogues.statements.title': 'Statements so far',
  'dialogues.statements.count':
    '{count, plural, =0 {Nobody has voted yet.} one {# participant has voted.} other {# participants have voted.}}',
  'dialogues.statements.agree': 'Agree',
  'dialogues.statements.disagree': 'Disagree',
  'dialogues.statements.pass': 'Unsure',
  'dialogues.statements.meta': '(about the dialogue)',
  'dialogues.openData.title': 'Open data',
  'dialogues.openData.comments': 'Statements (comments.csv)',
  'dialogues.openData.votes': 'Every vote cast (votes.csv)',
  'dialogues.openData.participantsVotes': 'Each participant’s votes (participants-votes.csv)',
  'dialogues.openData.summary': 'Summary (summary.csv)',
  'dialogues.openData.recompute':
    'Anyone can recompute the opinion map from these files: save all four in one folder as comments.csv, votes.csv, participants-votes.csv and summary.csv, and run',
  'dialogues.openData.folder': 'folder',
  'dialogues.seed.title': 'Add a starting statement',
  'dialogues.seed.lead':
    'Starting statements are shown first. A statement about the dialogue itself is voted on but kept out of the opinion map.',
  'dialogues.seed.meta': 'About the dialogue itself',
  'dialogues.seed.submit': 'Add starting statement',
  'dialogues.decide.title': 'Record the decision',
  'dialogues.decide.lead':
    'The decision is added to the municipality’s decisions and closes the dialogue at once. After that nobody can vote or add statements.',
  'dialogues.decide.submit': 'Record the decision and close the dialogue',
  'dialogues.new.title': 'Register a matter',
  'dialogues.new.lead':
    'Register the matter before it is decided, and open a dialogue so that residents can say what they think in time.',
  'dialogues.new.submit': 'Register the matter',
  'dialogues.field.title': 'Title',
  'dialogues.field.summary': 'Summary in plain language',
  'dialogues.field.summaryHint': 'What is to be decided and why, in a few sentences.',
  'dialogues.field.body': 'Background',
  'dialogues.field.decisionBody': 'Decided by',
  'dialogues.field.department': 'Responsible department',
  'dialogues.field.noDepartment': 'None in particular',
  'dialogues.field.plannedDecisionOn': 'Planned decision date',
  'dialogues.field.question': 'The dialogue’s question',
  'dialogues.field.questionHint': 'What residents are asked, for example “What do you think of …?”',
  'dialogues.field.opensAt': 'The dialogue opens',
  'dialogues.field.closesAt': 'The dialogue closes',
  'dialogues.field.timeHint': 'Date and time in the municipality’s time zone.',
  'dialogues.field.participation': 'Who may take part',
  'dialogues.participation.anyone': 'Anyone, without an account',
  'dialogues.participation.registered': 'Residents with an account',
  'dialogues.participation.eid': 'Residents who log in with e-ID',
  'dialogues.field.newStatements': 'New statements from participants',
  'dialogues.newStatements.shown': 'Shown at once',
  'dialogues.newStatements.moderated': 'Shown after a moderator has read them',
  'dialogues.error.moment': 'Give a date and a time, for example 2027-03-01 at 08:00.',
  'dialogues.error.closesFirst': 'The dialogue must close after it opens.',
  'dialogues.error.closesAfterDecision':
    'The dialogue must close no later than the planned decision date.',
  'dialogues.error.decisionBody': 'Choose one of the municipality’s decision-making bodies.',
  'dialogues.error.department': 'Choose one of the municipality’s departments.',
  'dialogues.error.statementLength': 'A statement can be at most 280 characters.',
  'dialogues.error.duplicate': 'The same statement is already in the dialogue: vote on it instead.',
  'dialogues.problem.planned': 'The dialogue has not opened yet.',
  'dialogues.problem.closed': 'The dialogue has closed: nothing more can be added.',
  'dialogues.problem.decided': 'The matter has been decided: the dialogue is closed.',
  'dialogues.problem.notFound': 'That statement is not in this dialogue.',
  'dialogues.problem.signIn': 'Log in to take part in this dialogue.',
  'dialogues.problem.eid': 'Log in with e-ID through the municipality to take part.',
  'dialogues.problem.invalid': 'Choose agree, disagree or unsure.',
  'dialogues.done.voted': 'Your vote is saved. Here is the next statement.',
  'dialogues.done.statementShown': 'Your statement has been added. Others can vote on it now.',
  'dialogues.done.statementPending':
    'Thank you! Your statement is shown once a moderator has read it.',
  'dialogues.done.seedAdded': 'The starting statement has been added.',
  'dialogues.done.registered': 'The matter is registered and its dialogue is set up.',
  'dialogues.done.decided': 'The decision is recorded and the dialogue is closed.',
  'dialogues.decisionLink': 'Decided matter: {title}',
  'dialogues.map.title': 'Opinion map',
  'dialogues.map.link': 'See the opinion map',
  'dialogues.map.notYet':
    '{count, plural, one {The map appears once {needed} people have voted. So far # has.} other {The map appears once {needed} people have voted. So far # have.}}',
  'dialogues.map.result':
    '{participants, plural, one {# person has voted.} other {# people have voted.}} {groups, plural, one {They form one group that votes alike.} other {They form # groups, each of people who vote alike.}}',
  'dialogues.map.computedAt': 'Computed {time} from every vote cast until then.',
  'dialogues.map.pictureTitle': 'The participants on the opinion map',
  'dialogues.map.caption':
    'Each circle is a cluster of participants who vote alike: the larger the circle, the more people. The letters mark the groups. Circles close together vote similarly; the directions mean nothing in themselves.',
  'dialogues.map.groupSize':
    'Group {group}: {count, plural, one {# participant} other {# participants}}',
  'dialogues.map.uniting': 'What unites',
  'dialogues.map.unitingLead':
    'The statements every group agrees with most, however differently they vote otherwise.',
  'dialogues.map.agreeShare': 'Agree, everyone',
  'dialogues.map.groupAgree': 'Agree, group {group}',
  'dialogues.map.groups': 'What sets each group apart',
  'dialogues.map.mostAgree': '({share} of the group agree)',
  'dialogues.map.mostDisagree': '({share} of the group disagree)',
  'dialogues.map.divisive': 'What divides',
  'dialogues.map.passedOn': 'What many were unsure about',
  'dialogues.map.passShare': 'Unsure',
  'dialogues.map.how': 'How we calculate',
  'dialogues.map.howText':
    'The map is computed from every participant’s latest vote on each statement, with the method of Polis: the votes are reduced to two dimensions (principal components), participants who vote alike are clustered, and the clusters are joined into the groups that fit best. A statement unites when every group agrees with it (group-aware consensus); it divides when the groups’ shares of agreement differ most. Statements about the dialogue itself are not counted. The same votes always give the same map, and anyone can check it with the open data.',
} as const;

declare module '../../../../web/i18n/messages.ts' {
  interface Messages extends MessagesOf<typeof en> {}
}
