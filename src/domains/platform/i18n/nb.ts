import type { en } from './en.ts';

/** Norwegian bokmål messages of the platform domain. */
export const nb: Record<keyof typeof en, string> = {
  'platform.home.title': 'Samskap',
  'platform.home.lead':
    'Én plattform der kommunen styrer den digitale omstillingen sammen med innbyggerne, og deler det som virker med alle andre kommuner.',
  'platform.home.styrning.title': 'Styring',
  'platform.home.styrning.text':
    'Framtidsbilde, mål og indikatorer, tiltak fra idé til drift, og gevinstene de realiserer.',
  'platform.home.dialog.title': 'Dialog',
  'platform.home.dialog.text':
    'Innbyggere gir innspill før vedtak fattes, og ser hvordan innspillene ble brukt.',
  'platform.home.delning.title': 'Deling',
  'platform.home.delning.text':
    'Tiltak med resultater og erfaringer som andre kommuner finner og tar i bruk.',
  'platform.home.findMunicipality': 'Finn kommunen din',
  'platform.home.stats': '{municipalities} kommuner i {counties} län og fylker',
  'platform.a11y.title': 'Tilgjengelighetserklæring',
  'platform.a11y.body1':
    'Samskap er laget for å oppfylle WCAG 2.1 nivå AA og den europeiske standarden EN 301 549, slik forskrift om universell utforming av IKT-løsninger krever, og tilsvarende svenske regler (DOS-lagen).',
  'platform.a11y.body2':
    'Alle sider virker uten JavaScript, på en mobil som er 360 piksler bred, med tastatur og med skjermleser. Hver side har en lenke for å hoppe til innholdet og landemerker, og hvert skjemafelt har en ledetekst. Automatiske tilgjengelighetskontroller kjører på hver side i nettlesertestene våre.',
  'platform.a11y.body3':
    'Diagrammer tegnes som bilder med tekstalternativ og tallene som tabell. Hvis noe ikke virker for deg, si fra til kommunen din: den har ansvar for innholdet sitt.',
  'platform.a11y.known': 'Kjente mangler',
  'platform.a11y.knownBody': 'Ingen kjente mangler da dette ble skrevet.',
  'platform.demo.badge': 'Demo',
};
