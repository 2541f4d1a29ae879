import type { Actor } from '../../../vocabulary/actor.ts';
import { canManageMatters } from '../dialogues/dialogues.policy.ts';
import { canModerate } from '../moderation/moderation.policy.ts';

/** Those who manage a municipality's dialogues build their surveys, moderate and export the answers. */
export function canManageSurveys(actor: Actor, municipalityId: string): boolean {
  return canManageMatters(actor, municipalityId);
}

/**
 * Who publishes or hides written answers: those who manage the surveys, and the municipality's
 * moderators, who decide on everything residents write in its dialogues (and find these answers in
 * their queue beside statements and comments).
 */
export function canModerateAnswers(actor: Actor, municipalityId: string): boolean {
  return canManageSurveys(actor, municipalityId) || canModerate(actor, municipalityId);
}

/** What a question asks for: one choice, any choices, a point from 1 to 5, a short or a long text. */
export const questionKinds = ['single', 'multiple', 'scale', 'short', 'long'] as const;
export type QuestionKind = (typeof questionKinds)[number];

/** Kinds whose answers are counted; the others are written answers, published after moderation. */
export const countedKinds: readonly QuestionKind[] = ['single', 'multiple', 'scale'];

/** The points of a scale question. */
export const SCALE = [1, 2, 3, 4, 5] as const;

export const MAX_PAGES = 20;
/** The most questions a survey asks: beyond it, few residents would answer to the end. */
export const MAX_QUESTIONS = 60;
export const MAX_OPTIONS = 20;
/** The longest answer of each written kind. */
export const MAX_TEXT = { short: 200, long: 2000 } as const;

/** The verdicts on a written answer. */
export const moderationVerdicts = ['accepted', 'hidden'] as const;
export type ModerationVerdict = (typeof moderationVerdicts)[number];
