import type { DomainModule } from '../../../web/module.ts';
import { en } from './i18n/en.ts';
import { nb } from './i18n/nb.ts';
import { sv } from './i18n/sv.ts';

/**
 * Plain-language help (klarspråk): the readability note that forms where staff write for
 * residents show after a check or a submit (views/readability-note.tsx). It has no pages of its own.
 */
export const plainLanguageModule: DomainModule = {
  id: 'plainLanguage',
  pillar: 'dialog',
  messages: { en, sv, nb },
};
