import type { DomainModule } from '../../../web/module.ts';
import { seedDemoSurveys } from './demo.ts';
import { en } from './i18n/en.ts';
import { nb } from './i18n/nb.ts';
import { sv } from './i18n/sv.ts';
import { surveysPersonalData } from './personal-data.ts';
import { surveysApi } from './surveys.api.ts';
import { surveyRoutes } from './surveys.routes.tsx';

/**
 * Surveys (enkäter, spørreundersøkelser) inside a dialogue: staff build one on the matter's
 * dialogue, residents answer it once while the dialogue is open, and everyone sees the results;
 * written answers are published once staff have accepted them.
 */
export const surveysModule: DomainModule = {
  id: 'surveys',
  pillar: 'dialog',
  messages: { en, sv, nb },
  routes: surveyRoutes,
  api: surveysApi,
  personalData: surveysPersonalData,
  seedDemo: seedDemoSurveys,
  routeClasses: {
    'GET /:lang/municipalities/:id/matters/:mid/survey': 'public',
    'POST /:lang/municipalities/:id/matters/:mid/survey': 'public',
    'GET /:lang/municipalities/:id/matters/:mid/survey/results': 'public',
    'GET /:lang/municipalities/:id/matters/:mid/survey/edit': 'internal',
    'POST /:lang/municipalities/:id/matters/:mid/survey/edit': 'internal',
    'POST /:lang/municipalities/:id/matters/:mid/survey/questions': 'internal',
    'POST /:lang/municipalities/:id/matters/:mid/survey/questions/save': 'internal',
    'POST /:lang/municipalities/:id/matters/:mid/survey/questions/remove': 'internal',
    'POST /:lang/municipalities/:id/matters/:mid/survey/questions/move': 'internal',
    'POST /:lang/municipalities/:id/matters/:mid/survey/publish': 'internal',
    'GET /:lang/municipalities/:id/matters/:mid/survey/answers': 'internal',
    'POST /:lang/municipalities/:id/matters/:mid/survey/answers/moderate': 'internal',
    'GET /:lang/municipalities/:id/matters/:mid/survey/export.csv': 'internal',
    'GET /api/v1/municipalities/:id/matters/:mid/survey': 'public',
  },
  notices: {
    surveySaved: 'surveys.done.saved',
    surveyQuestionAdded: 'surveys.done.questionAdded',
    surveyQuestionSaved: 'surveys.done.questionSaved',
    surveyQuestionRemoved: 'surveys.done.questionRemoved',
    surveyQuestionMoved: 'surveys.done.questionMoved',
    surveyPublished: 'surveys.done.published',
    surveyAnswered: 'surveys.done.answered',
    surveyModerated: 'surveys.done.moderated',
  },
};
