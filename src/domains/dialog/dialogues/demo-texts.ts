/**
 * The demo's dialogues, written in each municipality's language. A statement's stance says how
 * each of the two planted groups votes on it (+1 agree, −1 disagree): statements both agree with
 * are what the map finds uniting; `meta` ones are about the participant, not the matter.
 */
export type DemoStatement = { text: string; stance: readonly [number, number]; meta?: boolean };

export type DemoDialogue = {
  key: string;
  title: string;
  summary: string;
  body: string;
  /** The kind of body that decides it (decision_bodies.kind). */
  bodyKind: 'council' | 'executive' | 'committee';
  question: string;
  statements: readonly DemoStatement[];
  participants: number;
  /** Share of participants in the first group. */
  firstGroup: number;
  /** Recorded as decided, with this text. */
  decision?: string;
  /** Published after the decision: how the input was used. */
  feedback?: {
    summary: string;
    items: { theme: string; outcome: 'used' | 'partly' | 'notUsed'; reason: string }[];
  };
};

const both = [1, 1] as const;
const first = [1, -1] as const;
const second = [-1, 1] as const;

export const demoDialogues: Record<string, readonly DemoDialogue[]> = {
  'SE-0127': [
    {
      key: 'night-supervision',
      title: 'Digital tillsyn på natten i hemtjänsten',
      summary:
        'Vård- och omsorgsnämnden ska besluta om hemtjänsten ska kunna erbjuda tillsyn på natten med kamera i stället för besök, för den som vill.',
      body: 'I dag får omkring 400 personer i Botkyrka ett eller flera besök av nattpatrullen varje natt. Många besök är korta tillsynsbesök för att se att allt är lugnt.\n\nMed digital tillsyn tittar personalen in via en kamera vid en överenskommen tid. Kameran visar bara en bild i stunden och spelar inte in. Den som vill ha besök i stället ska kunna välja det.',
      bodyKind: 'committee',
      question: 'Vad tycker du om digital tillsyn på natten i hemtjänsten?',
      participants: 320,
      firstGroup: 0.55,
      statements: [
        { text: 'Kameratillsyn på natten kan ge lika stor trygghet som ett besök.', stance: first },
        { text: 'Den som vill ska alltid kunna välja besök i stället för kamera.', stance: both },
        { text: 'Ett besök mitt i natten stör sömnen mer än en kamera gör.', stance: first },
        { text: 'En kamera i sovrummet känns som övervakning.', stance: second },
        {
          text: 'Tiden som frigörs ska gå till längre besök hos de äldre på dagen.',
          stance: both,
        },
        { text: 'Anhöriga ska alltid tillfrågas innan digital tillsyn börjar.', stance: second },
        { text: 'Tekniken måste fungera även när internet går ner.', stance: both },
        { text: 'Kommunen sparar pengar på bekostnad av mänsklig kontakt.', stance: second },
        { text: 'Bilderna får aldrig sparas, bara visas i stunden.', stance: both },
        {
          text: 'Jag skulle själv vilja ha digital tillsyn om jag behövde hemtjänst.',
          stance: first,
        },
        { text: 'Nattpatrullen behövs ändå för larm och akuta besök.', stance: both },
        { text: 'Jag arbetar själv inom vård och omsorg.', stance: first, meta: true },
      ],
    },
    {
      key: 'swimming-hours',
      title: 'Öppettider i Tumba simhall',
      summary: 'Kommunstyrelsen har beslutat om simhallens öppettider från våren.',
      body: 'Simhallen ville veta när invånarna helst simmar innan de nya öppettiderna bestämdes.',
      bodyKind: 'executive',
      question: 'När vill du kunna simma i Tumba simhall?',
      participants: 40,
      firstGroup: 0.5,
      statements: [
        { text: 'Simhallen ska öppna klockan sex på vardagar.', stance: first },
        { text: 'Det behövs fler kvällstider för barnfamiljer.', stance: second },
        { text: 'Motionssim ska ha egna banor hela dagen.', stance: both },
      ],
      decision:
        'Kommunstyrelsen beslutar att Tumba simhall öppnar klockan 06.00 på vardagar och har familjesim tre kvällar i veckan från den 1 mars.',
      feedback: {
        summary:
          'Tack för alla svar. Många ville kunna simma före jobbet, och barnfamiljerna ville ha fler kvällstider. Beslutet ger båda delarna: tidigare öppning på vardagar och familjesim tre kvällar i veckan.',
        items: [
          {
            theme: 'Tidig öppning på vardagar',
            outcome: 'used',
            reason: 'Simhallen öppnar klockan 06.00 från den 1 mars.',
          },
          {
            theme: 'Fler kvällstider för barnfamiljer',
            outcome: 'partly',
            reason: 'Familjesim tre kvällar i veckan; fler kvällar ryms inte i budgeten i år.',
          },
        ],
      },
    },
  ],
  'SE-0483': [
    {
      key: 'learning-materials',
      title: 'Digitala läromedel i grundskolan',
      summary:
        'Kommunfullmäktige ska besluta om en plan för hur grundskolan använder digitala och tryckta läromedel de kommande fyra åren.',
      body: 'Planen gäller alla kommunala grundskolor i Katrineholm. Den avgör hur mycket pengar som går till digitala licenser, datorer och tryckta böcker.\n\nForskningen pekar åt olika håll, och lärare, elever och föräldrar har olika erfarenheter. Därför vill kommunen höra vad du tycker innan beslutet.',
      bodyKind: 'council',
      question: 'Hur ska grundskolan använda digitala läromedel?',
      participants: 260,
      firstGroup: 0.45,
      statements: [
        { text: 'Eleverna lär sig bättre av tryckta böcker än av skärmar.', stance: second },
        { text: 'Alla elever ska ha en egen dator i skolan.', stance: first },
        { text: 'Lärarna ska själva få välja läromedel.', stance: both },
        {
          text: 'Digitala läromedel gör det lättare att anpassa undervisningen efter varje elev.',
          stance: first,
        },
        { text: 'Skärmtiden i skolan måste minska.', stance: second },
        {
          text: 'Elevernas uppgifter får inte delas med företagen bakom läromedlen.',
          stance: both,
        },
        { text: 'Skolan ska lära eleverna källkritik på nätet.', stance: both },
        { text: 'Pengarna till licenser borde gå till fler lärare i stället.', stance: second },
        { text: 'Föräldrar ska kunna följa sitt barns uppgifter digitalt.', stance: first },
        { text: 'De yngsta eleverna ska lära sig skriva för hand först.', stance: both },
        { text: 'Jag har barn i grundskolan i Katrineholm.', stance: second, meta: true },
      ],
    },
    {
      key: 'path-lighting',
      title: 'Belysning på gång- och cykelvägar',
      summary: 'Kommunstyrelsen har beslutat vilka gång- och cykelvägar som får belysning först.',
      body: 'Invånarna fick säga vilka sträckor som känns otrygga att gå och cykla på när det är mörkt.',
      bodyKind: 'executive',
      question: 'Vilka sträckor behöver belysning först?',
      participants: 36,
      firstGroup: 0.5,
      statements: [
        { text: 'Vägen till stationen ska prioriteras.', stance: first },
        { text: 'Skolvägarna ska prioriteras före allt annat.', stance: second },
        { text: 'Belysningen ska vara tänd hela natten.', stance: both },
      ],
      decision:
        'Kommunstyrelsen beslutar att gång- och cykelvägarna till stationen och till skolorna i Valla får belysning under året.',
      feedback: {
        summary:
          'Svaren visade att både vägen till stationen och skolvägarna känns otrygga i mörker. Båda får belysning i år.',
        items: [
          { theme: 'Vägen till stationen', outcome: 'used', reason: 'Får belysning under året.' },
          {
            theme: 'Belysning hela natten',
            outcome: 'notUsed',
            reason: 'Lamporna dämpas efter midnatt för att spara energi, men släcks inte.',
          },
        ],
      },
    },
  ],
  'NO-3203': [
    {
      key: 'library',
      title: 'Framtidens bibliotek i Asker',
      summary:
        'Kommunestyret skal vedta en plan for bibliotekene i Asker: åpningstider, tilbud og hvor bibliotekene skal ligge.',
      body: 'Asker har i dag et hovedbibliotek og flere filialer. Planen skal gjelde de neste ti årene.\n\nKommunen vil vite hva innbyggerne bruker biblioteket til i dag, og hva de ønsker seg, før saken behandles.',
      bodyKind: 'council',
      question: 'Hva skal biblioteket i Asker være i framtiden?',
      participants: 220,
      firstGroup: 0.5,
      statements: [
        {
          text: 'Biblioteket bør være åpent uten betjening på kveldstid og i helgene.',
          stance: first,
        },
        { text: 'Biblioteket skal først og fremst låne ut bøker.', stance: second },
        {
          text: 'Biblioteket bør være en møteplass med arrangementer for alle aldre.',
          stance: both,
        },
        { text: 'Det bør finnes stille soner i biblioteket.', stance: both },
        { text: 'Biblioteket bør låne ut verktøy og sportsutstyr.', stance: first },
        { text: 'Bibliotekarene er viktigere enn nye lokaler.', stance: second },
        { text: 'Biblioteket bør hjelpe eldre med digitale tjenester.', stance: both },
        { text: 'Filialene i bygdene må bestå.', stance: second },
        { text: 'Et nytt hovedbibliotek bør ligge ved stasjonen.', stance: first },
        { text: 'Jeg bruker biblioteket minst én gang i måneden.', stance: second, meta: true },
      ],
    },
    {
      key: 'trail-lights',
      title: 'Lys langs turstiene',
      summary: 'Formannskapet har vedtatt hvilke turstier som får lys først.',
      body: 'Innbyggerne ble spurt om hvilke turstier de bruker når det er mørkt.',
      bodyKind: 'executive',
      question: 'Hvilke turstier trenger lys først?',
      participants: 34,
      firstGroup: 0.5,
      statements: [
        { text: 'Stien langs fjorden bør få lys først.', stance: first },
        { text: 'Lysløypene i marka er viktigere enn stiene i sentrum.', stance: second },
        { text: 'Lyset bør slås av etter midnatt.', stance: both },
      ],
      decision:
        'Formannskapet vedtar at turstien langs fjorden og lysløypa ved Vettre får lys i løpet av året.',
      feedback: {
        summary:
          'Takk for alle innspill. Stien langs fjorden var den flest ønsket lys på, og den får lys i år sammen med lysløypa ved Vettre.',
        items: [
          { theme: 'Stien langs fjorden', outcome: 'used', reason: 'Får lys i løpet av året.' },
          {
            theme: 'Slå av lyset etter midnatt',
            outcome: 'partly',
            reason: 'Lyset dempes etter midnatt, men slås ikke helt av.',
          },
        ],
      },
    },
  ],
};
