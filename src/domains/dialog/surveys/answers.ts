import { MAX_TEXT, type QuestionKind, SCALE } from './surveys.policy.ts';

/** A question as answering, counting and exporting need it. */
export type Question = {
  id: string;
  position: number;
  page: number;
  kind: QuestionKind;
  prompt: string;
  required: boolean;
  options: string[];
};

/** One answer as stored: the chosen options (or the scale's point), or the written text. */
export type Answer = { questionId: string; choices: number[] | null; text: string | null };

/** A question's field in the answer form; a multiple choice question has one per option. */
export const fieldOf = (questionId: string) => `q-${questionId}`;
export const optionFieldOf = (questionId: string, index: number) => `q-${questionId}-${index}`;

/** The values a choice question offers: its options' indexes, or the scale's points. */
export function choicesOf(q: Pick<Question, 'kind' | 'options'>): number[] {
  return q.kind === 'scale' ? [...SCALE] : q.options.map((_, i) => i);
}

/**
 * The answer form read against the survey's questions. A question left empty is no answer (an
 * error when it is required); a choice that the question does not offer or a text too long is an
 * error. Errors are message keys by field, as forms show them.
 */
export function readAnswers(
  questions: readonly Question[],
  values: Record<string, string>,
): { ok: true; answers: Answer[] } | { ok: false; errors: Record<string, string> } {
  const answers: Answer[] = [];
  const errors: Record<string, string> = {};
  for (const q of questions) {
    const field = fieldOf(q.id);
    const offered = choicesOf(q);
    let answer: Answer | null = null;
    if (q.kind === 'multiple') {
      const chosen = offered.filter((i) => values[optionFieldOf(q.id, i)] === 'on');
      if (chosen.length > 0) answer = { questionId: q.id, choices: chosen, text: null };
    } else {
      const raw = (values[field] ?? '').trim();
      if (raw !== '' && (q.kind === 'short' || q.kind === 'long')) {
        if (raw.length > MAX_TEXT[q.kind]) {
          errors[field] = 'error.tooLong';
          continue;
        }
        answer = { questionId: q.id, choices: null, text: raw };
      } else if (raw !== '') {
        const n = /^\d{1,2}$/.test(raw) ? Number(raw) : Number.NaN;
        if (!offered.includes(n)) {
          errors[field] = 'surveys.error.choice';
          continue;
        }
        answer = { questionId: q.id, choices: [n], text: null };
      }
    }
    if (answer) answers.push(answer);
    else if (q.required) errors[field] = 'surveys.error.required';
  }
  // A response with no answer at all says nothing: the first question asks for one.
  const first = questions[0];
  if (answers.length === 0 && first && Object.keys(errors).length === 0) {
    errors[fieldOf(first.id)] = 'surveys.error.nothing';
  }
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, answers };
}

/** A counted question's figures: how many answered it, and per choice the count and percent of them. */
export type Tally = {
  questionId: string;
  answered: number;
  rows: { label: string; count: number; percent: number }[];
};

/**
 * The figures of a choice or scale question from its answers. A percent is of those who answered
 * the question (so a multiple choice question's may add up to more than 100), rounded to a whole.
 */
export function tally(
  q: Pick<Question, 'id' | 'kind' | 'options'>,
  answers: readonly Pick<Answer, 'choices'>[],
): Tally {
  const offered = choicesOf(q);
  const counts = new Map(offered.map((c) => [c, 0]));
  let answered = 0;
  for (const a of answers) {
    if (!a.choices?.length) continue;
    answered++;
    for (const c of new Set(a.choices)) {
      if (counts.has(c)) counts.set(c, (counts.get(c) ?? 0) + 1);
    }
  }
  return {
    questionId: q.id,
    answered,
    rows: offered.map((c) => {
      const count = counts.get(c) ?? 0;
      return {
        label: q.kind === 'scale' ? String(c) : (q.options[c] ?? ''),
        count,
        percent: answered === 0 ? 0 : Math.round((100 * count) / answered),
      };
    }),
  };
}

/** An answer as a spreadsheet cell: the options chosen by their text, joined by "; ". */
export function answerCell(q: Pick<Question, 'kind' | 'options'>, a: Answer | undefined): string {
  if (!a) return '';
  if (a.text !== null) return a.text;
  if (q.kind === 'scale') return String(a.choices?.[0] ?? '');
  return (a.choices ?? []).map((c) => q.options[c] ?? '').join('; ');
}
