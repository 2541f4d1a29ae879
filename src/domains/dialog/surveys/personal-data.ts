import type { PersonalDataPart } from '../../../web/personal-data.ts';
import {
  forgetSurveysOfUser,
  surveyAnswersOf,
  surveysAnsweredBy,
} from './personal-data.queries.ts';

/** What surveys hold about a person: the surveys they answered, and their answers where named. */
export const surveysPersonalData: PersonalDataPart = {
  async export(ctx, { userId }) {
    return {
      surveysAnswered: await surveysAnsweredBy(ctx.db, userId),
      surveyAnswers: await surveyAnswersOf(ctx.db, userId),
    };
  },
  async forget(ctx, { userId }) {
    await forgetSurveysOfUser(ctx.db, userId);
  },
};
