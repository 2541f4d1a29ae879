import type { FormState } from '../../../../web/components/forms.tsx';
import { RATED_CRITERIA, REQUIREMENT_KEYS } from '../commands/edit-basics.ts';
import type { InitiativeDetail } from '../initiative-detail.queries.ts';

/** The sections of the edit page; each is one form posting to its own route. */
export const EDIT_SECTIONS = [
  'basics',
  'participants',
  'assessment',
  'goals',
  'costs',
  'risks',
  'systems',
  'competences',
  'dependencies',
] as const;
export type EditSection = (typeof EDIT_SECTIONS)[number];

/** A section's form re-rendered after a refusal, with a message not tied to one field. */
export type SectionForm = FormState & { message?: string | undefined };
export type EditForms = Partial<Record<EditSection, SectionForm>>;

const on = (b: boolean) => (b ? 'on' : '');

/** The stored values of each section, as its form fields name them. */
export function storedValues(d: InitiativeDetail): Record<EditSection, Record<string, string>> {
  const i = d.initiative;
  return {
    basics: {
      title: i.title,
      problem: i.problem,
      idea: i.idea,
      ownerName: i.ownerName,
      isPublic: on(i.isPublic),
      mandatory: on(i.mandatory),
      startsOn: i.startsOn ?? '',
      endsOn: i.endsOn ?? '',
    },
    participants: Object.fromEntries(d.participants.map((p) => [`dept_${p.id}`, 'on'])),
    assessment: {
      ...Object.fromEntries(REQUIREMENT_KEYS.map((k) => [`req_${k}`, on(i.requirements[k])])),
      ...Object.fromEntries(
        RATED_CRITERIA.map((c) => [
          `rating_${c}`,
          i.ratings[c] === undefined ? '' : String(i.ratings[c]),
        ]),
      ),
    },
    goals: Object.fromEntries(d.contributions.map((g) => [`goal_${g.goalId}`, String(g.weight)])),
    costs: {},
    risks: {},
    systems: Object.fromEntries(d.systems.map((s) => [`sys_${s.id}`, 'on'])),
    competences: { competences: d.competences.join(', ') },
    dependencies: Object.fromEntries(d.dependsOn.map((x) => [`dep_${x.id}`, 'on'])),
  };
}

/** Each section's form: the refused submission where there is one, else the stored values. */
export function sectionForms(
  d: InitiativeDetail,
  forms: EditForms,
): Record<EditSection, SectionForm> {
  const stored = storedValues(d);
  return Object.fromEntries(
    EDIT_SECTIONS.map((s) => [s, forms[s] ?? { values: stored[s], errors: {} }]),
  ) as Record<EditSection, SectionForm>;
}
