import type { DomainModule } from '../../web/module.ts';
import { benefitsModule } from './benefits/module.ts';
import { dashboardsModule } from './dashboards/module.ts';
import { portfolioModule } from './portfolio/module.ts';
import { prioritisationModule } from './prioritisation/module.ts';
import { roadmapModule } from './roadmap/module.ts';
import { steeringModule } from './steering/module.ts';
import { strategyModule } from './strategy/module.ts';

/** Styrning, the steering pillar: its domains in the order their routes are mounted. */
export const styrningModules: readonly DomainModule[] = [
  steeringModule,
  strategyModule,
  portfolioModule,
  benefitsModule,
  prioritisationModule,
  roadmapModule,
  dashboardsModule,
];
