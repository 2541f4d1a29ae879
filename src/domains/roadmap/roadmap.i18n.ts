/** Messages of the roadmap domain, merged into the dictionaries in src/web/i18n/. English is the contract. */
const en = {} as const;

type Keys = Record<keyof typeof en, string>;

export const roadmapMessages = {
  en,
  sv: {} satisfies Keys,
  nb: {} satisfies Keys,
};
