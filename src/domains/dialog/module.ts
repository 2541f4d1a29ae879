import type { DomainModule } from '../../web/module.ts';
import { challengesModule } from './challenges/module.ts';
import { dialoguesModule } from './dialogues/module.ts';
import { followingModule } from './following/module.ts';
import { moderationModule } from './moderation/module.ts';
import { plainLanguageModule } from './plain-language/module.ts';
import { proposalsModule } from './proposals/module.ts';
import { surveysModule } from './surveys/module.ts';

/** Dialog, the pillar where residents shape matters before they are decided. */
export const dialogModules: readonly DomainModule[] = [
  dialoguesModule,
  moderationModule,
  followingModule,
  plainLanguageModule,
  proposalsModule,
  surveysModule,
  challengesModule,
];
