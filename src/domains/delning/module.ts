import type { DomainModule } from '../../web/module.ts';
import { casesModule } from './cases/module.ts';
import { catalogueModule } from './catalogue/module.ts';
import { spreadModule } from './spread/module.ts';

/** Delning, the pillar where what one municipality learns is found, adopted and measured by all. */
export const delningModules: readonly DomainModule[] = [casesModule, catalogueModule, spreadModule];
