import type { CommandContext } from '../lib/context.ts';

/** The person whose data is exported or forgotten: their account, and its address before deletion. */
export type Person = { userId: string; email: string };

/**
 * A domain's part of a person's data (GDPR articles 15, 17 and 20): what it holds about them, and
 * how it forgets them. Declared as `personalData` in the domain's `module.ts`; identity calls every
 * registered part when a person downloads their data or deletes their account.
 */
export type PersonalDataPart = {
  /**
   * Everything the domain holds about the person, as plain JSON (dates as `Date` are written as
   * ISO text): only theirs, never another person's.
   */
  export(ctx: CommandContext, person: Person): Promise<Record<string, unknown>>;
  /**
   * Forgets the person, inside the deletion's transaction (`ctx.db` is it): deletes or unlinks
   * what is theirs, keeping what others need anonymously (a vote stays, without its voter). Runs
   * before identity anonymises the account, so the person's rows can still be found.
   */
  forget(ctx: CommandContext, person: Person): Promise<void>;
};

const parts = new Map<string, PersonalDataPart>();

/**
 * Adds a domain's part. The composition (src/modules.ts) calls it for every module that declares
 * `personalData`; identity reads them through `personalDataParts()` and so imports no other domain.
 * A domain registered twice is a programming error and throws.
 */
export function registerPersonalData(owner: string, part: PersonalDataPart): void {
  if (parts.has(owner)) throw new Error(`The personal data of ${owner} is already registered.`);
  parts.set(owner, part);
}

/** Every registered part with its domain's id, in the order the modules are listed. */
export function personalDataParts(): readonly (readonly [string, PersonalDataPart])[] {
  return [...parts];
}
