import type { en } from './en.ts';

/** The message keys of one English dictionary, each mapped to its text. */
export type MessagesOf<T> = { [K in keyof T]: string };

/**
 * Every message key of the app, as a type. The frame's own keys are here; each domain adds its
 * keys from its `i18n/en.ts` by augmenting this interface (`declare module`), so `t('x.y')` is
 * checked against every dictionary while `web/` imports no domain. At run time the same messages
 * are registered by the composition (src/modules.ts) through `registerMessages`.
 */
export interface Messages extends MessagesOf<typeof en> {}
