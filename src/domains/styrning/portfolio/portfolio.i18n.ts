import { initiativesEn } from './i18n/initiatives.en.ts';
import { initiativesNb } from './i18n/initiatives.nb.ts';
import { initiativesSv } from './i18n/initiatives.sv.ts';

/** Messages of the portfolio domain, merged into the dictionaries in src/web/i18n/. English is the contract. */
const en = {
  'stage.idea': 'Idea',
  'stage.assessed': 'Assessed',
  'stage.prioritised': 'Prioritised',
  'stage.pilot': 'Pilot',
  'stage.scaling': 'Scaling',
  'stage.operation': 'Operation',
  'stage.stopped': 'Stopped',
  'steering.nav': 'Steering',
  'steering.futureStory': 'Future story',
  'steering.goals': 'Goals and indicators',
  'steering.initiatives': 'Initiatives',
  'steering.roadmap': 'Roadmap',
  'steering.dashboard': 'Leadership dashboard',
  'steering.prioritisation': 'Prioritisation',
  'steering.systems': 'Systems map',
  ...initiativesEn,
} as const;

type Keys = Record<keyof typeof en, string>;

export const portfolioMessages = {
  en,
  sv: {
    'stage.idea': 'Idé',
    'stage.assessed': 'Bedömd',
    'stage.prioritised': 'Prioriterad',
    'stage.pilot': 'Pilot',
    'stage.scaling': 'Uppskalning',
    'stage.operation': 'Drift',
    'stage.stopped': 'Stoppad',
    'steering.nav': 'Styrning',
    'steering.futureStory': 'Framtidsberättelse',
    'steering.goals': 'Mål och indikatorer',
    'steering.initiatives': 'Satsningar',
    'steering.roadmap': 'Färdplan',
    'steering.dashboard': 'Ledningens översikt',
    'steering.prioritisation': 'Prioritering',
    'steering.systems': 'Systemkarta',
    ...initiativesSv,
  } satisfies Keys,
  nb: {
    'stage.idea': 'Idé',
    'stage.assessed': 'Vurdert',
    'stage.prioritised': 'Prioritert',
    'stage.pilot': 'Pilot',
    'stage.scaling': 'Oppskalering',
    'stage.operation': 'Drift',
    'stage.stopped': 'Stoppet',
    'steering.nav': 'Styring',
    'steering.futureStory': 'Framtidsfortelling',
    'steering.goals': 'Mål og indikatorer',
    'steering.initiatives': 'Satsinger',
    'steering.roadmap': 'Veikart',
    'steering.dashboard': 'Ledelsens oversikt',
    'steering.prioritisation': 'Prioritering',
    'steering.systems': 'Systemkart',
    ...initiativesNb,
  } satisfies Keys,
};
