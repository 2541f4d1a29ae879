/** Messages of the benefits domain, merged into the dictionaries in src/web/i18n/. English is the contract. */
const en = {
  'benefitKind.financial': 'Financial',
  'benefitKind.time': 'Freed time',
  'benefitKind.quality': 'Quality',
  'benefitKind.environment': 'Environment',
  'benefitKind.satisfaction': 'Resident satisfaction',
  'confidence.green': 'High confidence (green)',
  'confidence.yellow': 'Medium confidence (yellow)',
  'confidence.red': 'Low confidence (red)',
} as const;

type Keys = Record<keyof typeof en, string>;

export const benefitsMessages = {
  en,
  sv: {
    'benefitKind.financial': 'Ekonomisk',
    'benefitKind.time': 'Frigjord tid',
    'benefitKind.quality': 'Kvalitet',
    'benefitKind.environment': 'Miljö',
    'benefitKind.satisfaction': 'Nöjda invånare',
    'confidence.green': 'Hög säkerhet (grön)',
    'confidence.yellow': 'Medelhög säkerhet (gul)',
    'confidence.red': 'Låg säkerhet (röd)',
  } satisfies Keys,
  nb: {
    'benefitKind.financial': 'Økonomisk',
    'benefitKind.time': 'Frigjort tid',
    'benefitKind.quality': 'Kvalitet',
    'benefitKind.environment': 'Miljø',
    'benefitKind.satisfaction': 'Fornøyde innbyggere',
    'confidence.green': 'Høy sikkerhet (grønn)',
    'confidence.yellow': 'Middels sikkerhet (gul)',
    'confidence.red': 'Lav sikkerhet (rød)',
  } satisfies Keys,
};
