import type { en } from './en.ts';

/** Swedish messages of the steering domain. */
export const sv: Record<keyof typeof en, string> = {
  'steering.stage.idea': 'Idé',
  'steering.stage.assessed': 'Bedömd',
  'steering.stage.prioritised': 'Prioriterad',
  'steering.stage.pilot': 'Pilot',
  'steering.stage.scaling': 'Uppskalning',
  'steering.stage.operation': 'Drift',
  'steering.stage.stopped': 'Stoppad',
  'steering.nav': 'Styrning',
  'steering.futureStory': 'Framtidsberättelse',
  'steering.goals': 'Mål och indikatorer',
  'steering.initiatives': 'Satsningar',
  'steering.roadmap': 'Färdplan',
  'steering.dashboard': 'Ledningens översikt',
  'steering.prioritisation': 'Prioritering',
  'steering.systems': 'Systemkarta',
};
