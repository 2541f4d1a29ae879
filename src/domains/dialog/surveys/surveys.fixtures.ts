import type { CommandContext } from '../../../lib/context.ts';
import type { Actor } from '../../../vocabulary/actor.ts';
import type { Where } from '../dialogues/commands/take-part.ts';
import { addQuestion, publishSurvey, saveSurvey } from './commands/build-survey.ts';
import type { QuestionInput } from './surveys.inputs.ts';
import { questionsOf } from './surveys.queries.ts';

/** A question as the fixtures take it: the kind and prompt, the rest as the form's defaults. */
export type TestQuestion = Pick<QuestionInput, 'kind' | 'prompt'> & Partial<QuestionInput>;

/** The questions most tests ask: one of every kind, the first two required, the last on page 2. */
export const everyKind: TestQuestion[] = [
  { kind: 'single', prompt: 'Bor du i kommunen?', options: ['Ja', 'Nej'], required: true },
  { kind: 'scale', prompt: 'Hur viktigt är ärendet för dig?', required: true },
  { kind: 'multiple', prompt: 'Vad bör prioriteras?', options: ['Trygghet', 'Sömn', 'Integritet'] },
  { kind: 'short', prompt: 'Vilken stadsdel bor du i?' },
  { kind: 'long', prompt: 'Något mer du vill säga?', page: 2 },
];

/**
 * A survey on the matter's dialogue, built and published by `staff` through the commands, so it
 * is what staff would have made. Returns the survey and its questions in order.
 */
export async function insertTestSurvey(
  ctx: CommandContext,
  staff: Actor,
  where: Where,
  opts: { anonymous?: boolean; questions?: TestQuestion[]; publish?: boolean } = {},
) {
  const saved = await saveSurvey(ctx, staff, where, {
    title: 'Enkät om tillsyn',
    intro: '',
    anonymous: opts.anonymous ?? false,
  });
  if (!saved.ok) throw new Error(`survey not saved: ${saved.reason}`);
  for (const q of opts.questions ?? everyKind) {
    const added = await addQuestion(ctx, staff, where, {
      options: [],
      required: false,
      page: 1,
      ...q,
    });
    if (!added.ok) throw new Error(`question not added: ${added.reason}`);
  }
  if (opts.publish ?? true) {
    const published = await publishSurvey(ctx, staff, where);
    if (!published.ok) throw new Error(`survey not published: ${published.reason}`);
  }
  return {
    surveyId: saved.value.surveyId,
    questions: await questionsOf(ctx.db, saved.value.surveyId),
  };
}
