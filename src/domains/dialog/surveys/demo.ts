import type { CommandContext } from '../../../lib/context.ts';
import { demoId } from '../../../lib/demo-id.ts';
import { seededRandom } from '../../../vocabulary/random.ts';
import type { DemoMunicipality } from '../../../web/module.ts';
import { dialogueForWrite } from '../dialogues/dialogues.queries.ts';
import type { Answer } from './answers.ts';
import type { QuestionKind } from './surveys.policy.ts';
import {
  insertQuestion,
  insertResponse,
  insertSurvey,
  lockSurvey,
  questionsOf,
  setModeration,
  writtenAnswers,
} from './surveys.queries.ts';

type DemoQuestion = {
  kind: QuestionKind;
  prompt: string;
  options?: string[];
  required?: boolean;
  page?: number;
};

/** The demo survey of a municipality's open dialogue, by the dialogue's demo key. */
const demoSurveys: Record<
  string,
  { key: string; title: string; intro: string; questions: DemoQuestion[]; texts: string[] }
> = {
  'SE-0127': {
    key: 'night-supervision',
    title: 'Enkät om tillsyn på natten',
    intro:
      'Vi vill veta hur du och dina närstående ser på tillsyn på natten. Enkäten tar ett par minuter och svaren är anonyma.',
    questions: [
      {
        kind: 'single',
        prompt: 'Har du eller någon närstående hemtjänst i dag?',
        options: ['Ja, jag själv', 'Ja, en närstående', 'Nej'],
        required: true,
      },
      {
        kind: 'scale',
        prompt: 'Hur trygg skulle du känna dig med tillsyn via kamera på natten?',
        required: true,
      },
      {
        kind: 'multiple',
        prompt: 'Vad är viktigast för dig vid tillsyn på natten?',
        options: [
          'Att få sova ostört',
          'Att någon kommer snabbt om något händer',
          'Att ingen ser in i hemmet i onödan',
          'Att själv få välja hur tillsynen görs',
        ],
      },
      { kind: 'long', prompt: 'Vill du berätta något mer?', page: 2 },
    ],
    texts: [
      'Min mamma vaknar varje gång nattpatrullen kommer. En kamera hade varit bättre för henne.',
      'Jag vill kunna säga nej till kamera utan att få sämre tillsyn.',
      'Bra att ni frågar oss innan beslutet tas.',
      'Tänk på dem som inte har bra uppkoppling hemma.',
    ],
  },
};

const RESPONSES = 14;

/**
 * A published, anonymous survey on the open dialogue of the demo municipalities that have one,
 * with answers from residents who are not demo accounts (so every demo account can still answer)
 * and the first written answers published. Written once: a survey already there is left as it is.
 */
export async function seedDemoSurveys(
  ctx: CommandContext,
  municipalities: readonly DemoMunicipality[],
): Promise<void> {
  for (const m of municipalities) {
    const spec = demoSurveys[m.id];
    if (!spec) continue;
    const row = await dialogueForWrite(ctx.db, m.id, demoId(m.id, `matter:${spec.key}`));
    if (!row || (await lockSurvey(ctx.db, row.dialogue.id))) continue;
    const survey = await insertSurvey(ctx.db, {
      id: demoId(m.id, `survey:${spec.key}`),
      dialogueId: row.dialogue.id,
      municipalityId: m.id,
      title: spec.title,
      intro: spec.intro,
      anonymous: true,
      publishedAt: row.dialogue.opensAt,
      createdAt: row.dialogue.opensAt,
    });
    for (const q of spec.questions) {
      await insertQuestion(ctx.db, {
        surveyId: survey.id,
        kind: q.kind,
        prompt: q.prompt,
        options: q.options ?? [],
        required: q.required ?? false,
        page: q.page ?? 1,
      });
    }
    const questions = await questionsOf(ctx.db, survey.id);
    const random = seededRandom(m.id.charCodeAt(3) * 7919);
    for (let i = 0; i < RESPONSES; i++) {
      const answers: Answer[] = [];
      for (const q of questions) {
        if (q.kind === 'single') {
          answers.push({ questionId: q.id, choices: [Math.floor(random() * 3)], text: null });
        } else if (q.kind === 'scale') {
          answers.push({ questionId: q.id, choices: [1 + Math.floor(random() * 5)], text: null });
        } else if (q.kind === 'multiple') {
          const chosen = q.options.map((_, c) => c).filter(() => random() < 0.45);
          if (chosen.length) answers.push({ questionId: q.id, choices: chosen, text: null });
        } else if (i < spec.texts.length) {
          answers.push({ questionId: q.id, choices: null, text: spec.texts[i] as string });
        }
      }
      await insertResponse(ctx.db, { surveyId: survey.id, userId: null, createdAt: null }, answers);
    }
    // The first two written answers are published; the others wait for staff.
    const written = await writtenAnswers(ctx.db, survey.id, ['pending']);
    for (const a of written.filter((w) => spec.texts.indexOf(w.text ?? '') < 2)) {
      await setModeration(ctx.db, survey.id, a.id, 'accepted');
    }
  }
}
