export const rulePresets = ['noKommune', 'noFylke', 'seAbsolute', 'sePerMille', 'custom'] as const;
export type RulePreset = (typeof rulePresets)[number];

/**
 * Who may support: anyone with an account (whose e-mail address was confirmed when it was made)
 * or with e-ID through the municipality's provider (both counted, apart), or e-ID only.
 */
export const supportWays = ['eidOrEmail', 'eid'] as const;
export type SupportWay = (typeof supportWays)[number];

/** A municipality's rule for proposals, as stored. */
export type ProposalRule = {
  preset: RulePreset;
  /** The number of supports needed (seAbsolute, custom); ignored by the other presets. */
  threshold: number | null;
  /** Per mille of inhabitants (sePerMille); ignored by the other presets. */
  perMille: number | null;
  collectionDays: number;
  decisionMonths: number;
  /** Days after the answer that the supporters' identities are kept; the counts stay for good. */
  forgetSupportersDays: number;
  supportBy: SupportWay;
  /** Whether a supporter must declare that they live in the municipality (the county for a fylke). */
  residenceDeclared: boolean;
};

export type RuleField =
  | 'threshold'
  | 'perMille'
  | 'collectionDays'
  | 'decisionMonths'
  | 'forgetSupportersDays';

/** Supporters are known for a month after the answer, unless the municipality says otherwise. */
const FORGET_SUPPORTERS_DAYS = 30;

const NORWEGIAN_CAP: Partial<Record<RulePreset, number>> = { noKommune: 300, noFylke: 500 };

/** The rule a preset starts from: the law's figures where there is a law, common practice elsewhere. */
export function presetRule(preset: RulePreset): ProposalRule {
  switch (preset) {
    case 'noKommune':
    case 'noFylke':
      return {
        preset,
        threshold: null,
        perMille: null,
        collectionDays: 180,
        decisionMonths: 6,
        forgetSupportersDays: FORGET_SUPPORTERS_DAYS,
        supportBy: 'eidOrEmail',
        // Kommuneloven § 12-1: the proposal is the inhabitants', so are its signatures.
        residenceDeclared: true,
      };
    case 'seAbsolute':
    case 'custom':
      return {
        preset,
        threshold: 50,
        perMille: null,
        collectionDays: 90,
        decisionMonths: 12,
        forgetSupportersDays: FORGET_SUPPORTERS_DAYS,
        supportBy: 'eidOrEmail',
        residenceDeclared: false,
      };
    case 'sePerMille':
      return {
        preset,
        threshold: null,
        perMille: 1,
        collectionDays: 90,
        decisionMonths: 12,
        forgetSupportersDays: FORGET_SUPPORTERS_DAYS,
        supportBy: 'eidOrEmail',
        residenceDeclared: false,
      };
  }
}

/** The preset a municipality of a country has until its admin chooses one. */
export const defaultPreset = (country: string): RulePreset =>
  country === 'NO' ? 'noKommune' : 'seAbsolute';

const within = (n: number | null, min: number, max: number) =>
  n !== null && Number.isInteger(n) && n >= min && n <= max;

/** The fields of a rule that are out of bounds; empty when the rule can be used. */
export function ruleErrors(rule: ProposalRule): RuleField[] {
  const wrong: RuleField[] = [];
  if (
    (rule.preset === 'seAbsolute' || rule.preset === 'custom') &&
    !within(rule.threshold, 1, 1_000_000)
  )
    wrong.push('threshold');
  if (rule.preset === 'sePerMille' && !within(rule.perMille, 1, 1000)) wrong.push('perMille');
  if (!within(rule.collectionDays, 1, 730)) wrong.push('collectionDays');
  if (!within(rule.decisionMonths, 1, 24)) wrong.push('decisionMonths');
  if (!within(rule.forgetSupportersDays, 1, 730)) wrong.push('forgetSupportersDays');
  return wrong;
}

/**
 * The supports a proposal needs under the rule, given the inhabitants it counts (the
 * municipality's, or the county's for a fylke). Never below 1. Integer arithmetic: ⌈a·b/c⌉ as
 * ⌊(a·b + c − 1)/c⌋, so no rounding of a float can add or lose a supporter.
 */
export function supportThreshold(rule: ProposalRule, inhabitants: number): number {
  const ceilDiv = (a: number, c: number) => Math.floor((a + c - 1) / c);
  const people = Math.max(0, Math.floor(inhabitants));
  const cap = NORWEGIAN_CAP[rule.preset];
  if (cap !== undefined) return Math.max(1, Math.min(ceilDiv(people * 2, 100), cap));
  if (rule.preset === 'sePerMille')
    return Math.max(1, ceilDiv(people * (rule.perMille ?? 1), 1000));
  return Math.max(1, rule.threshold ?? 1);
}

const DAY_MS = 86_400_000;

/** When the supporters' identities are deleted: the rule's days after the proposal was answered. */
export const supportersForgottenAt = (rule: ProposalRule, answered: Date) =>
  new Date(answered.getTime() + rule.forgetSupportersDays * DAY_MS);

/** When collecting ends: the window's length after it opened. */
export const collectionEnds = (rule: ProposalRule, opened: Date) =>
  new Date(opened.getTime() + rule.collectionDays * DAY_MS);

/**
 * The day the body must have decided by: the rule's months after it received the proposal, on
 * the same day of the month, or the month's last day when that month is shorter (31 August + 6
 * months is 28 or 29 February).
 */
export function bodyDeadline(rule: ProposalRule, received: Date): Date {
  const y = received.getUTCFullYear();
  const m = received.getUTCMonth() + rule.decisionMonths;
  const lastDay = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  const day = Math.min(received.getUTCDate(), lastDay);
  return new Date(
    Date.UTC(y, m, day, received.getUTCHours(), received.getUTCMinutes(), received.getUTCSeconds()),
  );
}

/** Why the rule does not count a person's support; undefined when it does. */
export type SupportRefusal = 'eidRequired' | 'residenceUndeclared';

/**
 * Whether the rule counts the support of a person who came (or not) through the municipality's
 * e-ID and who declared (or not) that they live there. E-ID first: declaring is of no use to
 * someone who may not support at all.
 */
export function supportRefusal(
  rule: Pick<ProposalRule, 'supportBy' | 'residenceDeclared'>,
  supporter: { throughEid: boolean; declaresResidence: boolean },
): SupportRefusal | undefined {
  if (rule.supportBy === 'eid' && !supporter.throughEid) return 'eidRequired';
  if (rule.residenceDeclared && !supporter.declaresResidence) return 'residenceUndeclared';
  return undefined;
}
