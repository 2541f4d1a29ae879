import { nextStages, STAGES, type Stage } from '../steering/stages.ts';

/** One thing the viewer can do next on an initiative, most useful first. */
export type NextAction =
  | { kind: 'gate' }
  | { kind: 'measure'; benefitId: string | null }
  | { kind: 'addBenefit' }
  | { kind: 'assess' }
  | { kind: 'move'; to: Stage };

/** What the page knows about the initiative and the viewer. */
export type NextActionInput = {
  stage: string;
  /** Manager of the owning department, or admin. */
  canEdit: boolean;
  /** Politician or admin: may override a closed scale gate by a decision. */
  canOverride: boolean;
  benefitCount: number;
  /** The only benefit, when there is exactly one. */
  onlyBenefitId: string | null;
};

const measured: readonly string[] = ['pilot', 'scaling', 'operation'];
const needsBenefits: readonly string[] = ['prioritised', 'pilot', 'scaling'];

/**
 * The next actions for the viewer of an initiative. Its editors: at a pilot, check the scale gate
 * (the gate, not the stage form, moves a pilot on); from pilot on, record a measurement; before
 * benefits exist where they are needed, add one; an idea is assessed first; otherwise move one
 * stage forward. Politicians see the scale gate of a pilot, which only they can override.
 * Everyone else, visitors included, gets nothing: there is nothing for them to do.
 */
export function nextActions(input: NextActionInput): NextAction[] {
  const { stage } = input;
  if (!input.canEdit) return stage === 'pilot' && input.canOverride ? [{ kind: 'gate' }] : [];
  const out: NextAction[] = [];
  if (stage === 'pilot') out.push({ kind: 'gate' });
  if (measured.includes(stage) && input.benefitCount > 0) {
    out.push({ kind: 'measure', benefitId: input.onlyBenefitId });
  }
  if (needsBenefits.includes(stage) && input.benefitCount === 0) out.push({ kind: 'addBenefit' });
  if (stage === 'idea') out.push({ kind: 'assess' });
  const rank = (s: string) => (STAGES as readonly string[]).indexOf(s);
  const forward = nextStages(stage).find((s) => s !== 'stopped' && rank(s) > rank(stage));
  if (forward) out.push({ kind: 'move', to: forward });
  return out;
}
