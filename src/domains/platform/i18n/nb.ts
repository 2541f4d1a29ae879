import type { en } from './en.ts';

/** Norwegian bokmål messages of the platform domain. */
export const nb: Record<keyof typeof en, string> = {
  'platform.home.title': 'Samskap',
  'platform.home.lead':
    'Her styrer kommunen den digitale omstillingen sammen med innbyggerne, og deler det som virker, med alle andre kommuner.',
  'platform.home.styrning.title': 'Styring',
  'platform.home.styrning.text':
    'Framtidsfortelling, mål og indikatorer, satsinger fra idé til drift og gevinstene de gir.',
  'platform.home.dialog.title': 'Dialog',
  'platform.home.dialog.text':
    'Innbyggerne gir innspill før vedtakene fattes, og ser hvordan innspillene blir brukt.',
  'platform.home.delning.title': 'Deling',
  'platform.home.delning.text':
    'Satsinger med resultater og erfaringer som andre kommuner finner og tar i bruk.',
  'platform.home.findMunicipality': 'Finn kommunen din',
  'platform.home.stats':
    '{municipalities, plural, one {# kommune} other {# kommuner}} i {counties, plural, one {# fylke eller län} other {# fylker og län}}',
  'platform.a11y.title': 'Tilgjengelighetserklæring',
  'platform.a11y.intro':
    'Samskap brukes av kommuner i Norge og Sverige, og vi vil at så mange som mulig skal kunne bruke det. Her forteller vi hvordan Samskap oppfyller kravene til universell utforming av offentlige nettsteder, hvilke mangler vi kjenner til, og hvordan du melder fra om et problem slik at det kan rettes.',
  'platform.a11y.status.heading': 'Hvor tilgjengelig er nettstedet?',
  'platform.a11y.status.body':
    'Samskap er delvis i samsvar med WCAG 2.1 nivå AA og den europeiske standarden EN 301 549. Det krever forskrift om universell utforming av IKT-løsninger og den svenske DOS-lagen. Manglene nedenfor er ikke rettet ennå.',
  'platform.a11y.status.built':
    'Alle sider er laget for å virke uten JavaScript, på en mobil som er 360 piksler bred, og med tastatur. Hver side har en lenke for å hoppe til innholdet og landemerker, hvert skjemafelt har en ledetekst, og feil i et skjema listes øverst og nevnes i sidetittelen.',
  'platform.a11y.known.heading': 'Innhold som ikke er tilgjengelig',
  'platform.a11y.known.charts':
    'Diagrammer tegnes som bilder. Hvert diagram har et kort tekstalternativ og tallene i en tabell ved siden av, men selve bildet kan ikke utforskes med skjermleser, og dataseriene skilles fra hverandre med farge og plassering (WCAG 1.1.1, 1.4.1).',
  'platform.a11y.known.opinionMap':
    'Meningskartet i dialogene med innbyggerne kommer til å vise grupper av meninger som et bilde. Det kartet viser, skal også finnes som tekst og tabeller, men det er visuelt i bunn og er ikke testet med personer som bruker hjelpemidler (WCAG 1.1.1, 1.3.1).',
  'platform.a11y.known.documents':
    'Dokumenter og tekster som en kommune publiserer selv, for eksempel opplastede eller lenkede rapporter og PDF-filer, er kanskje ikke universelt utformet. Kommunen som publiserer dem, har ansvaret for dem (WCAG 1.1.1, 1.3.1, 2.4.2 med flere).',
  'platform.a11y.tested.heading': 'Slik har vi testet nettstedet',
  'platform.a11y.tested.body':
    'Vi har vurdert Samskap selv. Automatiske tilgjengelighetskontroller (axe-core) kjører på hver side i nettlesertestene våre, i mobil- og skjermbredde og uten JavaScript. Vi tester også navigasjon og skjemaer med tastatur. Ingen uavhengig ekspert har kontrollert Samskap ennå.',
  'platform.a11y.report.heading': 'Meld fra om mangler i tilgjengeligheten',
  'platform.a11y.report.body':
    'Hvis noe ikke virker for deg, eller du trenger innholdet i en annen form, kontakt kommunen du brukte sidene til. Navnet på kommunen står øverst på hver side, og kontaktinformasjonen finner du på nettstedet til kommunen. Fortell hvilken side det gjelder, og hva som ikke virket.',
  'platform.a11y.enforcement.heading': 'Tilsyn',
  'platform.a11y.enforcement.no':
    'Tilsynet for universell utforming av ikt (Uutilsynet) i Digitaliseringsdirektoratet fører tilsyn med regelverket. Hvis du ikke er fornøyd med svaret du får, kan du melde fra om problemet til Uutilsynet.',
  'platform.a11y.enforcement.noLink': 'Meld fra til Uutilsynet',
  'platform.a11y.enforcement.se':
    'I Sverige fører Myndigheten för digital förvaltning (DIGG) tilsyn med loven om tilgjengelighet til digitale offentlige tjenester. Er du ikke fornøyd med hvordan henvendelsen din ble behandlet, kan du si fra til DIGG.',
  'platform.a11y.enforcement.seLink': 'Meld fra til DIGG',
  'platform.a11y.date':
    'Erklæringen ble laget 5. desember 2026 og sist gjennomgått 5. desember 2026.',
  'platform.demo.badge': 'Demo',
};
