/**
 * Samskap's term list: one word per concept in each language, as a Swedish or Norwegian
 * municipality writes it, and the synonyms that must not appear in the dictionaries. The test
 * in terms.test.ts reads every composed dictionary against it, so a translation that slips into
 * "fas" for a stage or "tiltak" for an initiative fails before it reaches a page.
 *
 * `avoid` lists whole words (matched case-insensitively at word boundaries), with the inflected
 * forms that matter, and whole phrases. `allowed` names the few messages where an avoided word
 * means something else ("Nästa steg" is the next step, not a stage).
 */

/** One concept: its word in each language and what to avoid in sv and nb. */
export type Term = {
  concept: string;
  sv: string;
  nb: string;
  en: string;
  avoid: { sv?: readonly string[]; nb?: readonly string[] };
  /** Message keys where an avoided word is used in another sense, with the word. */
  allowed?: readonly { key: string; word: string }[];
  /** The field's name for the work, kept for translators though no page text uses it yet. */
  glossaryOnly?: boolean;
  note?: string;
};

export const terms: readonly Term[] = [
  {
    concept: 'stage of an initiative',
    sv: 'skede',
    nb: 'fase',
    en: 'stage',
    avoid: {
      sv: ['fas', 'fasen', 'faser', 'faserna', 'steg', 'stegen', 'etapp', 'kandidatsteg'],
      nb: ['steg', 'stegene', 'stadium', 'stadiet', 'skifte av fase', 'kandidatsteg'],
    },
    allowed: [
      { key: 'portfolio.next.title', word: 'steg' },
      { key: 'portfolio.initiative.stageLead', word: 'steg' },
    ],
    note: 'A step forward or back is "steg" in both languages; a stage never is.',
  },
  {
    concept: 'initiative',
    sv: 'satsning',
    nb: 'satsing',
    en: 'initiative',
    avoid: {
      sv: ['initiativ', 'initiativet', 'initiativen', 'insatsen'],
      nb: ['tiltak', 'tiltaket', 'tiltakene', 'initiativ', 'initiativet', 'satsning', 'satsningen'],
    },
  },
  {
    concept: 'department',
    sv: 'verksamhet',
    nb: 'virksomhet',
    en: 'department',
    avoid: {
      sv: ['förvaltning', 'förvaltningen', 'förvaltningar', 'avdelning', 'avdelningen'],
      nb: ['avdeling', 'avdelingen', 'avdelinger', 'etat', 'etaten', 'etater'],
    },
    allowed: [{ key: 'platform.a11y.enforcement.se', word: 'förvaltning' }],
    note: 'sv "förvaltning" stays only in the name of the agency DIGG.',
  },
  {
    concept: 'baseline (value)',
    sv: 'utgångsvärde',
    nb: 'utgangsverdi',
    en: 'baseline',
    avoid: {
      sv: [
        'nollvärde',
        'nollvärdet',
        'nollmätning',
        'nollmätningens',
        'basvärde',
        'utgångsläge',
        'utgångsläget',
      ],
      nb: [
        'nullpunkt',
        'nullpunktet',
        'nullpunktsverdi',
        'nullpunktsdato',
        'nullpunktsdatoen',
        'nullpunktsmåling',
      ],
    },
  },
  {
    concept: 'target value',
    sv: 'målvärde',
    nb: 'målverdi',
    en: 'target value',
    avoid: { sv: ['börvärde', 'målnivå'], nb: ['målnivå', 'måltall'] },
  },
  {
    concept: 'benefit',
    sv: 'nytta',
    nb: 'gevinst',
    en: 'benefit',
    avoid: { sv: ['vinst', 'vinster', 'vinsten'], nb: ['nyttor', 'nyttan', 'nytten'] },
    note: 'nb keeps "nytte" in the fixed terms "nytte/kostnad" and "nytte-kostnadsforhold".',
  },
  {
    concept: 'dis-benefit',
    sv: 'negativ effekt',
    nb: 'ulempe',
    en: 'dis-benefit',
    avoid: {
      sv: ['negativ nytta', 'negativa nyttor'],
      nb: ['negativ gevinst', 'negative gevinster'],
    },
  },
  {
    concept: 'benefit realisation',
    sv: 'nyttorealisering',
    nb: 'gevinstrealisering',
    en: 'benefit realisation',
    avoid: {
      sv: ['nyttohemtagning', 'nyttohämtning'],
      nb: ['nytterealisering', 'gevinstuthenting'],
    },
    glossaryOnly: true,
  },
  {
    concept: 'benefit calculus',
    sv: 'nyttokalkyl',
    nb: 'gevinstkalkyle',
    en: 'benefit calculus',
    avoid: { sv: ['nyttoberäkning'], nb: ['nyttekalkyle', 'gevinstberegning'] },
  },
  {
    concept: 'discount rate',
    sv: 'kalkylränta',
    nb: 'kalkulasjonsrente',
    en: 'discount rate',
    avoid: {
      sv: ['diskonteringsränta', 'diskonteringsräntan'],
      nb: ['diskonteringsrente', 'diskonteringsrenten'],
    },
  },
  {
    concept: 'amounts',
    sv: 'kr, mnkr',
    nb: 'kr, mill. kr',
    en: 'SEK, MSEK / NOK, MNOK',
    avoid: {
      sv: ['MSEK', 'Mkr', 'miljoner kronor', 'tkr'],
      nb: ['MNOK', 'millioner kroner', 'mnok', 'mill. NOK'],
    },
  },
  {
    concept: 'decision',
    sv: 'beslut',
    nb: 'vedtak',
    en: 'decision',
    avoid: {
      sv: ['vedtag', 'ett protokollfört beslut'],
      nb: [
        'beslut',
        'beslutning',
        'beslutningen',
        'beslutninger',
        'ved et vedtak',
        'ved vedtak',
        'ved et protokollført vedtak',
        'ved vedtaket',
        'vedta ved',
      ],
    },
    note: 'nb never "vedtatt ved et vedtak": say "vedtatt i <organ>" or "vedtatt <dato>".',
  },
  {
    concept: 'decision-making body',
    sv: 'beslutande organ',
    nb: 'politisk organ',
    en: 'decision-making body',
    avoid: { nb: ['besluttende organ', 'vedtaksorgan'] },
  },
  {
    concept: 'future story',
    sv: 'framtidsberättelse',
    nb: 'framtidsfortelling',
    en: 'future story',
    avoid: {
      sv: ['framtidshistoria', 'framtidsbild'],
      nb: ['framtidsbilde', 'fremtidsfortelling', 'fremtidsfortellingen'],
    },
  },
  {
    concept: 'scale gate',
    sv: 'villkor för uppskalning',
    nb: 'beslutningspunkt for oppskalering',
    en: 'scale gate',
    avoid: {
      sv: ['grind', 'grinden', 'skalningsgrind', 'skalningsgrinden'],
      nb: ['port', 'porten', 'skaleringsport', 'skaleringsporten'],
    },
    allowed: [{ key: 'identity.oidc.lead', word: 'porten' }],
    note: 'nb "ID-porten" is the name of the national login service.',
  },
  {
    concept: 'scaling (stage)',
    sv: 'uppskalning',
    nb: 'oppskalering',
    en: 'scaling',
    avoid: { sv: ['skalning', 'skalningen'], nb: ['skalering', 'skaleringen'] },
  },
  {
    concept: 'goal status',
    sv: 'Enligt plan / Risk för avvikelse / Efter plan',
    nb: 'I rute / Fare for avvik / Bak plan',
    en: 'On track / At risk / Off track',
    avoid: {
      sv: ['i fas', 'ur fas', 'riskzonen', 'i riskzonen'],
      nb: ['faresonen', 'i faresonen', 'ute av rute'],
    },
  },
  {
    concept: 'must-requirement',
    sv: 'skallkrav',
    nb: 'minstekrav',
    en: 'must-requirement',
    avoid: { sv: ['ska-krav', 'måstekrav'], nb: ['skal-krav', 'skalkrav'] },
  },
  {
    concept: 'goal contribution',
    sv: 'målbidrag',
    nb: 'målbidrag',
    en: 'goal contribution',
    avoid: { sv: ['måluppfyllelse'], nb: ['måloppnåelse'] },
  },
  {
    concept: 'roadmap',
    sv: 'färdplan',
    nb: 'veikart',
    en: 'roadmap',
    avoid: { sv: ['vägkarta', 'roadmap'], nb: ['veiplan', 'roadmap'] },
  },
  {
    concept: 'silo',
    sv: 'stuprör',
    nb: 'silo',
    en: 'silo',
    avoid: { sv: ['silo', 'silor', 'silos'] },
  },
  {
    concept: 'event log (audit)',
    sv: 'händelselogg',
    nb: 'hendelseslogg',
    en: 'audit log',
    avoid: { sv: ['granskningslogg', 'revisionslogg'], nb: ['revisjonslogg', 'granskingslogg'] },
  },
  {
    concept: 'resident',
    sv: 'invånare',
    nb: 'innbygger',
    en: 'resident',
    avoid: { sv: ['medborgare', 'medborgarna'], nb: ['borger', 'borgere', 'beboer', 'beboere'] },
  },
  {
    concept: 'county',
    sv: 'län (Sweden), fylke (Norway)',
    nb: 'fylke (Norway), län (Sweden)',
    en: 'county',
    avoid: { nb: ['landskap'] },
    note: "Each country's own word, in both languages.",
  },
  {
    concept: 'registration number of a case',
    sv: 'diarienummer',
    nb: 'saksnummer',
    en: 'registration number',
    avoid: { sv: ['ärendenummer'], nb: ['journalnummer', 'arkivnummer'] },
  },
  {
    concept: 'network coordinator',
    sv: 'samordnare',
    nb: 'koordinator',
    en: 'coordinator',
    avoid: { sv: ['koordinator', 'koordinatorn'], nb: ['samordner', 'samordneren'] },
  },
  {
    concept: 'matter before a decision-making body',
    sv: 'ärende',
    nb: 'sak',
    en: 'matter',
    avoid: { sv: ['sakfråga', 'sakfrågan', 'sakfrågor'], nb: ['ærend', 'ærendet', 'sakssak'] },
  },
  {
    concept: 'statement in a dialogue',
    sv: 'påstående',
    nb: 'påstand',
    en: 'statement',
    avoid: {
      sv: ['uttalande', 'uttalandet', 'uttalanden', 'utsaga', 'utsagan'],
      nb: ['utsagn', 'utsagnet', 'uttalelse', 'uttalelsen', 'uttalelser', 'påstående'],
    },
  },
  {
    concept: 'survey in a dialogue',
    sv: 'enkät',
    nb: 'spørreundersøkelse',
    en: 'survey',
    avoid: {
      sv: ['frågeformulär', 'frågeformuläret', 'formulärundersökning'],
      nb: ['spørreskjema', 'spørreskjemaet', 'enquete', 'undersøkelsen'],
    },
  },
  {
    concept: 'co-creation challenge',
    sv: 'utmaning',
    nb: 'utfordring',
    en: 'challenge',
    avoid: { sv: ['innovationsutmaning'], nb: ['utfordringen ved', 'challenge'] },
    note: 'Co-creation is "samskapande" (sv) and "samskaping" (nb).',
  },
  {
    concept: 'workshop',
    sv: 'workshop',
    nb: 'verksted',
    en: 'workshop',
    avoid: { sv: ['verkstad', 'verkstaden', 'verkstäder'], nb: ['workshop', 'workshopen'] },
  },
  {
    concept: 'participant',
    sv: 'deltagare',
    nb: 'deltaker',
    en: 'participant',
    avoid: { sv: ['medverkande'], nb: ['deltager', 'deltageren', 'deltagere', 'deltagerne'] },
  },
  {
    concept: 'co-author of a resident proposal',
    sv: 'medförslagsställare',
    nb: 'medforslagsstiller',
    en: 'co-author',
    avoid: {
      sv: ['medförfattare', 'medförfattaren', 'medundertecknare'],
      nb: ['medforfatter', 'medforfatteren', 'medforfattere', 'medunderskriver'],
    },
  },
];
