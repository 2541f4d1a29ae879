import type { en } from './en.ts';

/** Swedish messages of the platform domain. */
export const sv: Record<keyof typeof en, string> = {
  'platform.home.title': 'Samskap',
  'platform.home.lead':
    'En plattform där kommunen styr sin digitala omställning tillsammans med invånarna och delar det som fungerar med alla andra kommuner.',
  'platform.home.styrning.title': 'Styrning',
  'platform.home.styrning.text':
    'Framtidsberättelse, mål och indikatorer, satsningar från idé till drift och nyttorna de realiserar.',
  'platform.home.dialog.title': 'Dialog',
  'platform.home.dialog.text':
    'Invånare lämnar synpunkter innan beslut fattas och ser hur de användes.',
  'platform.home.delning.title': 'Delning',
  'platform.home.delning.text':
    'Satsningar med resultat och lärdomar som andra kommuner hittar och tar efter.',
  'platform.home.findMunicipality': 'Hitta din kommun',
  'platform.home.stats': '{municipalities} kommuner i {counties} län och fylken',
  'platform.a11y.title': 'Tillgänglighetsredogörelse',
  'platform.a11y.body1':
    'Samskap är byggt för att uppfylla WCAG 2.1 nivå AA och den europeiska standarden EN 301 549, enligt lagen (2018:1937) om tillgänglighet till digital offentlig service (DOS-lagen) och motsvarande norska regler om universell utformning.',
  'platform.a11y.body2':
    'Alla sidor fungerar utan JavaScript, på en mobil som är 360 pixlar bred, med tangentbord och med skärmläsare. Varje sida har en länk för att hoppa till innehållet och landmärken, och varje formulärfält har en etikett. Automatiska tillgänglighetskontroller körs på varje sida i våra webbläsartester.',
  'platform.a11y.body3':
    'Diagram ritas som bilder med textalternativ och deras siffror som tabell. Om något inte fungerar för dig, kontakta din kommun: den ansvarar för sitt innehåll.',
  'platform.a11y.known': 'Kända brister',
  'platform.a11y.knownBody': 'Inga kända brister när detta skrevs.',
  'platform.demo.badge': 'Demo',
};
