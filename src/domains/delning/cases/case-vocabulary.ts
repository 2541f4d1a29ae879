/**
 * The fixed list of service domains a case belongs to: what a municipality does for its
 * residents, so a case is found by the service it improves, whichever department ran it.
 */
export const serviceDomains = [
  'elderly-care',
  'schools',
  'preschool',
  'social-services',
  'disability',
  'health',
  'building-permits',
  'environment',
  'culture-leisure',
  'citizen-services',
  'administration',
  'infrastructure',
] as const;
export type ServiceDomain = (typeof serviceDomains)[number];

/** How a case's cost falls on a municipality that reuses it. */
export const costModels = ['one-off', 'per-inhabitant', 'per-size-band'] as const;
export type CostModel = (typeof costModels)[number];

/** Whether an adopter takes the case as it is or adapts it. */
export const adoptionModes = ['as-is', 'adapted'] as const;
export type AdoptionMode = (typeof adoptionModes)[number];

/** The stages an adopted case starts at in the adopter's portfolio. */
export const adoptionStages = ['idea', 'pilot'] as const;
export type AdoptionStage = (typeof adoptionStages)[number];

/** An initiative's stages, as the stage facet of the search knows them. */
export const initiativeStages = [
  'idea',
  'assessed',
  'prioritised',
  'pilot',
  'scaling',
  'operation',
  'stopped',
] as const;

/** An adoption's status, read from the stage of the adopter's initiative. */
export type AdoptionStatus = 'planned' | 'piloting' | 'in-operation' | 'stopped';

/** The status an adoption has while its initiative is at `stage`. */
export function adoptionStatus(stage: string): AdoptionStatus {
  if (stage === 'pilot') return 'piloting';
  if (stage === 'scaling' || stage === 'operation') return 'in-operation';
  if (stage === 'stopped') return 'stopped';
  return 'planned';
}

/** A case not updated for this many months is marked stale. */
export const STALE_AFTER_MONTHS = 12;

/** Whether a case last updated at `updatedAt` is stale at `now`. */
export function isStale(updatedAt: Date, now: Date): boolean {
  const limit = new Date(now);
  limit.setUTCMonth(limit.getUTCMonth() - STALE_AFTER_MONTHS);
  return updatedAt < limit;
}
