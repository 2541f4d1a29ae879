import type { MessagesOf } from '../../../../web/i18n/messages.ts';

/** English messages of the steering domain. The keys are the contract: sv and nb have exactly these. */
export const en = {
  'steering.stage.idea': 'Idea',
  'steering.stage.assessed': 'Assessed',
  'steering.stage.prioritised': 'Prioritised',
  'steering.stage.pilot': 'Pilot',
  'steering.stage.scaling': 'Scaling',
  'steering.stage.operation': 'Operation',
  'steering.stage.stopped': 'Stopped',
  'steering.nav': 'Steering',
  'steering.futureStory': 'Future story',
  'steering.goals': 'Goals and indicators',
  'steering.initiatives': 'Initiatives',
  'steering.roadmap': 'Roadmap',
  'steering.dashboard': 'Leadership dashboard',
  'steering.prioritisation': 'Prioritisation',
  'steering.systems': 'Systems map',
} as const;

declare module '../../../../web/i18n/messages.ts' {
  interface Messages extends MessagesOf<typeof en> {}
}
