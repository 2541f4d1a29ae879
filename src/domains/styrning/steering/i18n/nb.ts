import type { en } from './en.ts';

/** Norwegian bokmål messages of the steering domain. */
export const nb: Record<keyof typeof en, string> = {
  'steering.stage.idea': 'Idé',
  'steering.stage.assessed': 'Vurdert',
  'steering.stage.prioritised': 'Prioritert',
  'steering.stage.pilot': 'Pilot',
  'steering.stage.scaling': 'Oppskalering',
  'steering.stage.operation': 'Drift',
  'steering.stage.stopped': 'Stoppet',
  'steering.nav': 'Styring',
  'steering.futureStory': 'Framtidsfortelling',
  'steering.goals': 'Mål og indikatorer',
  'steering.initiatives': 'Satsinger',
  'steering.roadmap': 'Veikart',
  'steering.dashboard': 'Ledelsens oversikt',
  'steering.prioritisation': 'Prioritering',
  'steering.systems': 'Systemkart',
};
