import type { DomainModule } from '../../../web/module.ts';
import { seedDemoSteering } from '../demo/seed.ts';
import { en } from './i18n/en.ts';
import { nb } from './i18n/nb.ts';
import { sv } from './i18n/sv.ts';

/** What all of Styrning shares: stages, settings, steering-wide rights, and the demo content. */
export const steeringModule: DomainModule = {
  id: 'steering',
  pillar: 'styrning',
  messages: { en, sv, nb },
  seedDemo: seedDemoSteering,
};
