/** The stages of an initiative, in order; `stopped` ends it from any active stage. */
export const STAGES = ['idea', 'assessed', 'prioritised', 'pilot', 'scaling', 'operation'] as const;
export const ALL_STAGES = [...STAGES, 'stopped'] as const;
export type Stage = (typeof ALL_STAGES)[number];

export function isStage(value: string): value is Stage {
  return (ALL_STAGES as readonly string[]).includes(value);
}

/** Why a move is refused: `gate` — pilot → scaling belongs to the scale gate on the benefits page. */
export type MoveRefusal = 'unknown' | 'same' | 'final' | 'gate' | 'notAllowed';

/**
 * Whether an initiative may move from one stage to another here. Allowed: forward one step, back
 * one step (a reassessment), and to `stopped` from any active stage (idea to scaling). `operation`
 * and `stopped` are final. Pilot → scaling is refused with `gate`: only the scale gate decides it.
 */
export function checkMove(
  from: string,
  to: string,
): { ok: true } | { ok: false; reason: MoveRefusal } {
  if (!isStage(from) || !isStage(to)) return { ok: false, reason: 'unknown' };
  if (from === to) return { ok: false, reason: 'same' };
  if (from === 'stopped' || from === 'operation') return { ok: false, reason: 'final' };
  if (to === 'stopped') return { ok: true };
  if (from === 'pilot' && to === 'scaling') return { ok: false, reason: 'gate' };
  const step = STAGES.indexOf(to) - STAGES.indexOf(from);
  return step === 1 || step === -1 ? { ok: true } : { ok: false, reason: 'notAllowed' };
}

/** The stages an initiative may be moved to from `from` by the stage form (the gate's move excluded). */
export function nextStages(from: string): Stage[] {
  return ALL_STAGES.filter((to) => checkMove(from, to).ok);
}
