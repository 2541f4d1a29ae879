import type { BenefitKind } from './catalogue.ts';

/** The demo's words in one language: future story, goals, systems and the phrases of the portfolio. */
export type DemoTexts = {
  story: { title: string; body: string; draftTitle: string; draftBody: string };
  /** Strategic goals with one indicator each: [title, description, indicator, unit, direction, baseline, target]. */
  goals: [string, string, string, string, 'higher' | 'lower', number, number][];
  /** One goal per department (same order as the departments), with its indicator. */
  departmentGoals: [string, string, string, 'higher' | 'lower', number, number][];
  capabilities: Record<string, string>;
  /** System key → [name, capability key]. */
  systems: Record<string, [string, string]>;
  competences: string[];
  risks: string[];
  owners: string[];
  reasons: Record<string, string>;
  benefit: Record<
    BenefitKind,
    { description: string; indicator: string; unit: string; recipient: string }
  >;
  disbenefit: { description: string; indicator: string; unit: string; recipient: string };
  decisions: {
    story: string;
    goals: string;
    /** The gate override's text, naming the initiative by `title` or, when null, not at all. */
    override: (title: string | null) => string;
  };
  measurementNote: string;
  /** Names of the two saved prioritisation scenarios: the basic budget and the extended one. */
  scenarios: { base: string; extended: string };
};

const storySv = `## {name} 2035 – en smart kommun nära invånarna

Vi är en kommun där **digitala tjänster gör vardagen enklare** för invånare, företag och
medarbetare. Det som kan göras digitalt görs digitalt, så att tiden räcker till mötet mellan
människor där det behövs mest.

- Invånarna sköter sina ärenden när det passar dem, på det språk de föredrar.
- Äldre bor tryggt hemma längre med stöd av välfärdsteknik.
- Våra medarbetare slipper dubbelarbete och manuella moment.
- Vi delar lösningar med andra kommuner i stället för att bygga samma sak igen.

Vi följer upp det vi gör med mätbara nyttor och beslutar öppet om vad som ska skalas upp.`;

const storyNb = `## {name} 2035 – en smart kommune nær innbyggerne

Vi er en kommune der **digitale tjenester gjør hverdagen enklere** for innbyggere, næringsliv og
medarbeidere. Det som kan gjøres digitalt, gjøres digitalt, slik at tiden strekker til i møtet
mellom mennesker der det trengs mest.

- Innbyggerne ordner sakene sine når det passer dem.
- Eldre bor trygt hjemme lenger med støtte av velferdsteknologi.
- Medarbeiderne slipper dobbeltarbeid og manuelle oppgaver.
- Vi deler løsninger med andre kommuner i stedet for å bygge det samme på nytt.

Vi følger opp det vi gjør med målbare gevinster og vedtar åpent hva som skal skaleres opp.`;

export const sv: DemoTexts = {
  story: {
    title: 'Framtidsberättelse 2035',
    body: storySv,
    draftTitle: 'Framtidsberättelse 2035 (revidering)',
    draftBody: `${storySv}\n\nI revideringen lägger vi till: **klimatsmart drift** av kommunens fastigheter och fordon.`,
  },
  goals: [
    [
      'Enklare vardag för invånarna',
      'Fler ärenden kan skötas digitalt och självständigt.',
      'Andel ärenden som startas digitalt',
      '%',
      'higher',
      35,
      70,
    ],
    [
      'Trygg omsorg med välfärdsteknik',
      'Äldre bor tryggt hemma längre.',
      'Andel brukare i hemtjänsten med välfärdsteknik',
      '%',
      'higher',
      12,
      40,
    ],
    [
      'Effektiv och hållbar förvaltning',
      'Mindre manuellt arbete och lägre energiförbrukning.',
      'Energiförbrukning i kommunens lokaler (kWh/m²)',
      'kWh/m²',
      'lower',
      160,
      120,
    ],
    [
      'Delaktiga medarbetare i förändringen',
      'Medarbetare leder utvecklingen av sina verksamheter.',
      'Andel medarbetare som deltagit i ett utvecklingsarbete',
      '%',
      'higher',
      20,
      50,
    ],
  ],
  departmentGoals: [
    [
      'Likvärdig digital skola',
      'Andel elever med tillgång till digitala läromedel',
      '%',
      'higher',
      55,
      95,
    ],
    ['Mer tid för omsorg', 'Andel av arbetstiden hos brukaren', '%', 'higher', 52, 65],
    [
      'Snabbare stöd till den som behöver',
      'Handläggningstid för ekonomiskt bistånd (dagar)',
      'dagar',
      'lower',
      14,
      5,
    ],
    [
      'Snabba och förutsägbara bygglov',
      'Handläggningstid för bygglov (dagar)',
      'dagar',
      'lower',
      65,
      35,
    ],
    [
      'Tillgänglig kultur och fritid',
      'Antal timmar med meröppet per vecka',
      'timmar',
      'higher',
      40,
      80,
    ],
  ],
  capabilities: {
    scheduling: 'Schemaläggning och bemanning',
    care: 'Dokumentation i vård och omsorg',
    welfareTech: 'Välfärdsteknik och larm',
    cases: 'Ärendehantering',
    finance: 'Ekonomi och fakturor',
    archive: 'Arkiv och informationsförvaltning',
    residents: 'Invånarkontakt och självservice',
    sensors: 'Sensorer och fastighetsdata',
    learning: 'Lärande och läromedel',
    integration: 'Integration och API:er',
  },
  systems: {
    'scheduling-system': ['Schemasystemet', 'scheduling'],
    'staffing-app': ['Bemanningsappen', 'scheduling'],
    'care-system': ['Omsorgssystemet', 'care'],
    'social-system': ['Socialtjänstens verksamhetssystem', 'cases'],
    'welfare-tech-platform': ['Välfärdsteknikplattformen', 'welfareTech'],
    'case-system': ['Ärendesystemet', 'cases'],
    'finance-system': ['Ekonomisystemet', 'finance'],
    'e-archive': ['E-arkivet', 'archive'],
    'resident-portal': ['Invånarportalen', 'residents'],
    chatbot: ['Chattbotten', 'residents'],
    'iot-platform': ['IoT-plattformen', 'sensors'],
    'property-system': ['Fastighetssystemet', 'sensors'],
    'learning-platform': ['Lärplattformen', 'learning'],
    'integration-platform': ['Integrationsplattformen', 'integration'],
  },
  competences: [
    'Förändringsledning',
    'Informationssäkerhet',
    'Verksamhetsutveckling',
    'Dataanalys',
    'Upphandling',
    'Systemförvaltning',
  ],
  risks: [
    'Medarbetarna hinner inte ställa om arbetssätten',
    'Leverantören levererar sent',
    'Integrationen med verksamhetssystemet blir dyrare än planerat',
    'Invånarna använder inte tjänsten',
    'Krav på informationssäkerhet fördröjer införandet',
  ],
  owners: [
    'Anna Lindqvist',
    'Mohammed Ali',
    'Sara Johansson',
    'Erik Berg',
    'Leila Haddad',
    'Johan Nilsson',
    'Maria Eriksson',
    'Karin Holm',
  ],
  reasons: {
    assessed: 'Behovet är verifierat och idén bedömd i beredningsgruppen.',
    prioritised: 'Prioriterad i årets portfölj.',
    pilot: 'Pilot startad i en enhet.',
    scaling: 'Piloten nådde sina mål; uppskalning beslutad.',
    operation: 'Införd i hela verksamheten och överlämnad till förvaltning.',
    stopped: 'Stoppad: nyttan bedömdes för liten i förhållande till kostnaden.',
  },
  benefit: {
    time: {
      description: 'Frigjord arbetstid',
      indicator: 'Frigjorda timmar per år',
      unit: 'timmar/år',
      recipient: 'Medarbetarna',
    },
    financial: {
      description: 'Minskade kostnader',
      indicator: 'Minskade kostnader per år',
      unit: 'kr/år',
      recipient: 'Kommunen',
    },
    quality: {
      description: 'Högre kvalitet i tjänsten',
      indicator: 'Andel ärenden utan avvikelse',
      unit: '%',
      recipient: 'Invånarna',
    },
    satisfaction: {
      description: 'Nöjdare invånare',
      indicator: 'Nöjd-kund-index',
      unit: 'NKI',
      recipient: 'Invånarna',
    },
    environment: {
      description: 'Minskad klimatpåverkan',
      indicator: 'Minskade utsläpp (ton CO₂e per år)',
      unit: 'ton/år',
      recipient: 'Alla',
    },
  },
  disbenefit: {
    description: 'Ökade licenskostnader',
    indicator: 'Licenskostnad per år',
    unit: 'kr/år',
    recipient: 'Kommunen',
  },
  decisions: {
    story:
      'Kommunfullmäktige antar Framtidsberättelse 2035 som kommunens riktning för digitaliseringen.',
    goals:
      'Kommunfullmäktige fastställer de strategiska målen och verksamheternas mål med indikatorer för 2025–2027.',
    override: (title) =>
      `Nämnden beslutar att ${title ?? 'satsningen'} skalas upp trots att piloten ännu inte nått alla mål, eftersom behovet är akut och riskerna hanteras.`,
  },
  measurementNote: 'Kvartalsuppföljning',
  scenarios: { base: 'Budget 2027 – grundnivå', extended: 'Budget 2027 – utökad' },
};

export const nb: DemoTexts = {
  story: {
    title: 'Framtidsfortelling 2035',
    body: storyNb,
    draftTitle: 'Framtidsfortelling 2035 (revisjon)',
    draftBody: `${storyNb}\n\nI revisjonen legger vi til: **klimasmart drift** av kommunens bygg og kjøretøy.`,
  },
  goals: [
    [
      'Enklere hverdag for innbyggerne',
      'Flere saker kan ordnes digitalt og selvstendig.',
      'Andel saker som startes digitalt',
      '%',
      'higher',
      35,
      70,
    ],
    [
      'Trygg omsorg med velferdsteknologi',
      'Eldre bor trygt hjemme lenger.',
      'Andel brukere i hjemmetjenesten med velferdsteknologi',
      '%',
      'higher',
      12,
      40,
    ],
    [
      'Effektiv og bærekraftig forvaltning',
      'Mindre manuelt arbeid og lavere energibruk.',
      'Energibruk i kommunale bygg (kWh/m²)',
      'kWh/m²',
      'lower',
      160,
      120,
    ],
    [
      'Medarbeidere som driver endringen',
      'Medarbeiderne leder utviklingen av sine tjenester.',
      'Andel medarbeidere som har deltatt i et utviklingsarbeid',
      '%',
      'higher',
      20,
      50,
    ],
  ],
  departmentGoals: [
    [
      'Likeverdig digital skole',
      'Andel elever med tilgang til digitale læremidler',
      '%',
      'higher',
      55,
      95,
    ],
    ['Mer tid til omsorg', 'Andel av arbeidstiden hos brukeren', '%', 'higher', 52, 65],
    [
      'Raskere hjelp til den som trenger det',
      'Saksbehandlingstid for sosialhjelp (dager)',
      'dager',
      'lower',
      14,
      5,
    ],
    [
      'Raske og forutsigbare byggesaker',
      'Saksbehandlingstid for byggesøknader (dager)',
      'dager',
      'lower',
      65,
      35,
    ],
    ['Tilgjengelig kultur og fritid', 'Timer med meråpent per uke', 'timer', 'higher', 40, 80],
  ],
  capabilities: {
    scheduling: 'Turnus og bemanning',
    care: 'Dokumentasjon i helse og omsorg',
    welfareTech: 'Velferdsteknologi og alarmer',
    cases: 'Saksbehandling',
    finance: 'Økonomi og fakturaer',
    archive: 'Arkiv og informasjonsforvaltning',
    residents: 'Innbyggerdialog og selvbetjening',
    sensors: 'Sensorer og byggdata',
    learning: 'Læring og læremidler',
    integration: 'Integrasjon og API-er',
  },
  systems: {
    'scheduling-system': ['Turnussystemet', 'scheduling'],
    'staffing-app': ['Bemanningsappen', 'scheduling'],
    'care-system': ['Pleie- og omsorgssystemet', 'care'],
    'social-system': ['Fagsystemet for sosiale tjenester', 'cases'],
    'welfare-tech-platform': ['Velferdsteknologiplattformen', 'welfareTech'],
    'case-system': ['Sak- og arkivsystemet', 'cases'],
    'finance-system': ['Økonomisystemet', 'finance'],
    'e-archive': ['Det elektroniske arkivet', 'archive'],
    'resident-portal': ['Innbyggerportalen', 'residents'],
    chatbot: ['Chatboten', 'residents'],
    'iot-platform': ['IoT-plattformen', 'sensors'],
    'property-system': ['Eiendomssystemet', 'sensors'],
    'learning-platform': ['Læringsplattformen', 'learning'],
    'integration-platform': ['Integrasjonsplattformen', 'integration'],
  },
  competences: [
    'Endringsledelse',
    'Informasjonssikkerhet',
    'Tjenesteutvikling',
    'Dataanalyse',
    'Anskaffelser',
    'Systemforvaltning',
  ],
  risks: [
    'Medarbeiderne rekker ikke å endre arbeidsmåter',
    'Leverandøren leverer sent',
    'Integrasjonen med fagsystemet blir dyrere enn planlagt',
    'Innbyggerne tar ikke tjenesten i bruk',
    'Krav til informasjonssikkerhet forsinker innføringen',
  ],
  owners: [
    'Ingrid Hansen',
    'Ola Nordmann',
    'Fatima Khan',
    'Lars Johansen',
    'Kari Olsen',
    'Per Andersen',
    'Nina Larsen',
    'Jonas Berg',
  ],
  reasons: {
    assessed: 'Behovet er verifisert og ideen vurdert i beredningsgruppen.',
    prioritised: 'Prioritert i årets portefølje.',
    pilot: 'Pilot startet i én enhet.',
    scaling: 'Piloten nådde målene; oppskalering vedtatt.',
    operation: 'Innført i hele tjenesten og overlevert til forvaltning.',
    stopped: 'Stoppet: gevinsten ble vurdert som for liten i forhold til kostnaden.',
  },
  benefit: {
    time: {
      description: 'Frigjort arbeidstid',
      indicator: 'Frigjorte timer per år',
      unit: 'timer/år',
      recipient: 'Medarbeiderne',
    },
    financial: {
      description: 'Reduserte kostnader',
      indicator: 'Reduserte kostnader per år',
      unit: 'kr/år',
      recipient: 'Kommunen',
    },
    quality: {
      description: 'Høyere kvalitet i tjenesten',
      indicator: 'Andel saker uten avvik',
      unit: '%',
      recipient: 'Innbyggerne',
    },
    satisfaction: {
      description: 'Mer fornøyde innbyggere',
      indicator: 'Brukertilfredshet',
      unit: 'indeks',
      recipient: 'Innbyggerne',
    },
    environment: {
      description: 'Redusert klimaavtrykk',
      indicator: 'Reduserte utslipp (tonn CO₂e per år)',
      unit: 'tonn/år',
      recipient: 'Alle',
    },
  },
  disbenefit: {
    description: 'Økte lisenskostnader',
    indicator: 'Lisenskostnad per år',
    unit: 'kr/år',
    recipient: 'Kommunen',
  },
  decisions: {
    story:
      'Kommunestyret vedtar Framtidsfortelling 2035 som kommunens retning for digitaliseringen.',
    goals:
      'Kommunestyret vedtar de strategiske målene og virksomhetenes mål med indikatorer for 2025–2027.',
    override: (title) =>
      `Utvalget vedtar at ${title ?? 'satsingen'} skaleres opp selv om piloten ennå ikke har nådd alle mål, fordi behovet er akutt og risikoene håndteres.`,
  },
  measurementNote: 'Kvartalsvis oppfølging',
  scenarios: { base: 'Budsjett 2027 – grunnivå', extended: 'Budsjett 2027 – utvidet' },
};
