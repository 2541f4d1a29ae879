import type { ProposalTopic } from './proposals.policy.ts';

/** Where a demo proposal has come to, and what the body answered when it got that far. */
export type DemoPath =
  | { to: 'screening' }
  | { to: 'refused'; note: string }
  | { to: 'collecting' }
  | { to: 'expired' }
  | { to: 'thresholdReached' }
  | { to: 'withBody' }
  | { to: 'answered'; answer: 'accepted' | 'rejected'; reason: string; decision: string };

export type DemoProposal = {
  key: string;
  title: string;
  body: string;
  topic: ProposalTopic;
  district: string;
  /** Days before the seeding that the proposal was sent. */
  sentDaysAgo: number;
  path: DemoPath;
};

const swedish = (district: (i: number) => string): DemoProposal[] => [
  {
    key: 'benches',
    title: 'Fler parkbänkar längs promenadstråket',
    body: 'Många äldre går längs promenadstråket varje dag men har ingenstans att vila. Sätt upp bänkar med armstöd var 200:e meter, så att fler orkar ta sin promenad.',
    topic: 'environment',
    district: district(0),
    sentDaysAgo: 20,
    path: { to: 'collecting' },
  },
  {
    key: 'crossing',
    title: 'Säkrare övergångsställe vid skolan',
    body: 'Barnen korsar en väg där bilarna kör fort på väg till skolan. Bygg ett upphöjt övergångsställe och sätt upp skyltar om att barn går här.',
    topic: 'traffic',
    district: district(1),
    sentDaysAgo: 40,
    path: { to: 'thresholdReached' },
  },
  {
    key: 'library',
    title: 'Längre öppettider på biblioteket',
    body: 'Biblioteket stänger klockan 17 på vardagar. Håll öppet till 20 två kvällar i veckan, så att de som arbetar och unga som pluggar kan använda det.',
    topic: 'culture',
    district: district(2),
    sentDaysAgo: 80,
    path: { to: 'withBody' },
  },
  {
    key: 'outdoor-gym',
    title: 'Utegym i parken',
    body: 'Det finns inget utegym i vår del av kommunen. Bygg ett enkelt utegym med redskap som passar både unga och äldre.',
    topic: 'environment',
    district: district(3),
    sentDaysAgo: 330,
    path: {
      to: 'answered',
      answer: 'accepted',
      reason:
        'Kultur- och fritidsnämnden bygger ett utegym i parken under nästa år. Förslaget blir ett initiativ som vi följer upp.',
      decision: 'Kultur- och fritidsnämnden, § 48',
    },
  },
  {
    key: 'dog-park',
    title: 'Hundrastgård mitt i centrum',
    body: 'Hundägare i centrum har långt till närmaste hundrastgård. Gör om en del av gräsytan vid torget till en inhägnad hundrastgård.',
    topic: 'environment',
    district: district(0),
    sentDaysAgo: 360,
    path: {
      to: 'answered',
      answer: 'rejected',
      reason:
        'Gräsytan vid torget behövs för evenemang och lek. Nämnden ser i stället över en hundrastgård vid idrottsplatsen.',
      decision: 'Samhällsbyggnadsnämnden, § 112',
    },
  },
  {
    key: 'bins',
    title: 'Fler papperskorgar vid badplatsen',
    body: 'På sommaren blir det mycket skräp vid badplatsen. Sätt upp fler papperskorgar och töm dem oftare under juni till augusti.',
    topic: 'environment',
    district: district(2),
    sentDaysAgo: 150,
    path: { to: 'expired' },
  },
  {
    key: 'wifi',
    title: 'Gratis wifi i kommunens lokaler',
    body: 'Den som väntar på ett möte i kommunhuset eller på biblioteket har inte alltid mobildata. Öppna ett gratis wifi för besökare.',
    topic: 'digital',
    district: '',
    sentDaysAgo: 2,
    path: { to: 'screening' },
  },
  {
    key: 'tax',
    title: 'Sänk statsskatten',
    body: 'Skatten är för hög. Kommunen ska sänka statsskatten för alla som bor här.',
    topic: 'other',
    district: '',
    sentDaysAgo: 30,
    path: {
      to: 'refused',
      note: 'Statsskatten beslutas av riksdagen, inte av kommunen. Vill du påverka den kan du kontakta dina riksdagsledamöter.',
    },
  },
];

const norwegian: DemoProposal[] = [
  {
    key: 'benches',
    title: 'Flere benker langs turveien',
    body: 'Mange eldre går tur langs turveien hver dag, men har ingen steder å hvile. Sett opp benker med armlener hver 200. meter, så flere orker å gå tur.',
    topic: 'environment',
    district: 'Asker sentrum',
    sentDaysAgo: 20,
    path: { to: 'collecting' },
  },
  {
    key: 'crossing',
    title: 'Tryggere fotgjengerovergang ved skolen',
    body: 'Barna krysser en vei der bilene kjører fort på vei til skolen. Bygg en opphøyd fotgjengerovergang og sett opp skilt om at barn går her.',
    topic: 'traffic',
    district: 'Heggedal',
    sentDaysAgo: 40,
    path: { to: 'thresholdReached' },
  },
  {
    key: 'library',
    title: 'Lengre åpningstider på biblioteket',
    body: 'Biblioteket stenger klokka 17 på hverdager. Hold åpent til 20 to kvelder i uka, så de som jobber og unge som studerer kan bruke det.',
    topic: 'culture',
    district: 'Slemmestad',
    sentDaysAgo: 80,
    path: { to: 'withBody' },
  },
  {
    key: 'outdoor-gym',
    title: 'Utetreningsapparater i parken',
    body: 'Det finnes ingen utetreningsapparater i vår del av kommunen. Sett opp enkle apparater som passer både unge og eldre.',
    topic: 'environment',
    district: 'Vollen',
    sentDaysAgo: 330,
    path: {
      to: 'answered',
      answer: 'accepted',
      reason:
        'Hovedutvalget for kultur setter opp utetreningsapparater i parken neste år. Forslaget blir et tiltak som vi følger opp.',
      decision: 'Kommunestyret, sak 48/26',
    },
  },
  {
    key: 'dog-park',
    title: 'Hundepark midt i sentrum',
    body: 'Hundeeiere i sentrum har langt til nærmeste hundepark. Gjør om en del av gressplenen ved torget til en inngjerdet hundepark.',
    topic: 'environment',
    district: 'Asker sentrum',
    sentDaysAgo: 360,
    path: {
      to: 'answered',
      answer: 'rejected',
      reason:
        'Gressplenen ved torget trengs til arrangementer og lek. Kommunen ser i stedet på en hundepark ved idrettsplassen.',
      decision: 'Kommunestyret, sak 112/25',
    },
  },
  {
    key: 'bins',
    title: 'Flere søppelkasser ved badeplassen',
    body: 'Om sommeren blir det mye søppel ved badeplassen. Sett opp flere søppelkasser og tøm dem oftere fra juni til august.',
    topic: 'environment',
    district: 'Vollen',
    sentDaysAgo: 240,
    path: { to: 'expired' },
  },
  {
    key: 'wifi',
    title: 'Gratis wifi i kommunens lokaler',
    body: 'Den som venter på et møte på rådhuset eller biblioteket, har ikke alltid mobildata. Åpne et gratis wifi for besøkende.',
    topic: 'digital',
    district: '',
    sentDaysAgo: 2,
    path: { to: 'screening' },
  },
  {
    key: 'tax',
    title: 'Senk statsskatten',
    body: 'Skatten er for høy. Kommunen må senke statsskatten for alle som bor her.',
    topic: 'other',
    district: '',
    sentDaysAgo: 30,
    path: {
      to: 'refused',
      note: 'Statsskatten vedtas av Stortinget, ikke av kommunen. Vil du påvirke den, kan du kontakte stortingsrepresentantene dine.',
    },
  },
];

/** The demo proposals of each demo municipality, in its language, in every state a visitor sees. */
export const demoProposals: Record<string, DemoProposal[]> = {
  'SE-0127': swedish((i) => ['Tumba', 'Hallunda', 'Fittja', 'Alby'][i] ?? ''),
  'SE-0483': swedish((i) => ['Centrum', 'Valla', 'Sköldinge', 'Forssjö'][i] ?? ''),
  'NO-3203': norwegian,
};

/** How many of a demo municipality's proposals the body accepted, each now an initiative. */
export const acceptedDemoProposals = (municipalityId: string) =>
  (demoProposals[municipalityId] ?? []).filter(
    (p) => p.path.to === 'answered' && p.path.answer !== 'rejected',
  ).length;
