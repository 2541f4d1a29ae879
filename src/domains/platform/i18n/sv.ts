import type { en } from './en.ts';

/** Swedish messages of the platform domain. */
export const sv: Record<keyof typeof en, string> = {
  'platform.home.title': 'Samskap',
  'platform.home.lead':
    'Här styr kommunen sin digitala omställning tillsammans med invånarna och delar det som fungerar med alla andra kommuner.',
  'platform.home.styrning.title': 'Styrning',
  'platform.home.styrning.text':
    'Framtidsberättelse, mål och indikatorer, satsningar från idé till drift och nyttan de ger.',
  'platform.home.dialog.title': 'Dialog',
  'platform.home.dialog.text':
    'Invånarna lämnar synpunkter innan besluten fattas och ser hur synpunkterna används.',
  'platform.home.delning.title': 'Delning',
  'platform.home.delning.text':
    'Satsningar med resultat och lärdomar som andra kommuner hittar och tar efter.',
  'platform.home.findMunicipality': 'Hitta din kommun',
  'platform.home.stats':
    '{municipalities, plural, one {# kommun} other {# kommuner}} i {counties, plural, one {# län eller fylke} other {# län och fylken}}',
  'platform.a11y.title': 'Tillgänglighetsredogörelse',
  'platform.a11y.intro':
    'Samskap används av kommuner i Sverige och Norge, och vi vill att så många som möjligt ska kunna använda det. Här beskriver vi hur Samskap uppfyller kraven på tillgänglighet för offentliga webbplatser, vilka brister vi känner till och hur du rapporterar ett problem så att det kan åtgärdas.',
  'platform.a11y.status.heading': 'Hur tillgänglig är webbplatsen?',
  'platform.a11y.status.body':
    'Samskap uppfyller delvis WCAG 2.1 nivå AA och den europeiska standarden EN 301 549. Det kräver lagen (2018:1937) om tillgänglighet till digital offentlig service (DOS-lagen) och de norska reglerna om universell utformning av IKT. Bristerna nedan är inte åtgärdade ännu.',
  'platform.a11y.status.built':
    'Alla sidor är byggda för att fungera utan JavaScript, på en mobil som är 360 pixlar bred och med tangentbord. Varje sida har en länk för att hoppa till innehållet och landmärken, varje formulärfält har en etikett, och fel i ett formulär listas överst och nämns i sidans titel.',
  'platform.a11y.known.heading': 'Innehåll som inte är tillgängligt',
  'platform.a11y.known.charts':
    'Diagram ritas som bilder. Varje diagram har ett kort textalternativ och sina siffror i en tabell bredvid, men själva bilden går inte att utforska med skärmläsare, och dataserierna skiljs åt med färg och placering (WCAG 1.1.1, 1.4.1).',
  'platform.a11y.known.opinionMap':
    'Åsiktskartan i dialogerna med invånarna kommer att visa grupper av åsikter som en bild. Det kartan visar kommer också att finnas som text och tabeller, men den är i grunden visuell och har inte testats med personer som använder hjälpmedel (WCAG 1.1.1, 1.3.1).',
  'platform.a11y.known.documents':
    'Dokument och texter som en kommun själv publicerar, till exempel rapporter och PDF-filer som laddats upp eller länkats, är kanske inte tillgängliga. Kommunen som publicerar dem ansvarar för dem (WCAG 1.1.1, 1.3.1, 2.4.2 med flera).',
  'platform.a11y.tested.heading': 'Hur vi har testat webbplatsen',
  'platform.a11y.tested.body':
    'Vi har bedömt Samskap själva. Automatiska tillgänglighetskontroller (axe-core) körs på varje sida i våra webbläsartester, i mobil- och datorbredd och utan JavaScript. Vi testar också navigering och formulär med tangentbord. Ingen oberoende expert har granskat Samskap ännu.',
  'platform.a11y.report.heading': 'Rapportera brister i tillgängligheten',
  'platform.a11y.report.body':
    'Om något inte fungerar för dig, eller om du behöver innehållet i en annan form, kontakta kommunen vars sidor du använde. Kommunens namn står överst på varje sida, och kontaktuppgifterna finns på kommunens webbplats. Berätta vilken sida det gäller och vad som inte fungerade.',
  'platform.a11y.enforcement.heading': 'Tillsyn',
  'platform.a11y.enforcement.se':
    'Myndigheten för digital förvaltning (DIGG) har tillsyn över lagen om tillgänglighet till digital offentlig service. Om du inte är nöjd med hur vi har hanterat dina synpunkter kan du kontakta DIGG och påtala det.',
  'platform.a11y.enforcement.seLink': 'Anmäl till DIGG',
  'platform.a11y.enforcement.no':
    'I Norge har Tilsynet for universell utforming av ikt (Uutilsynet) hos Digitaliseringsdirektoratet tillsynen. Om du inte är nöjd med svaret kan du anmäla problemet till Uutilsynet.',
  'platform.a11y.enforcement.noLink': 'Anmäl till Uutilsynet',
  'platform.a11y.date':
    'Redogörelsen upprättades den 5 december 2026 och granskades senast den 5 december 2026.',
  'platform.demo.badge': 'Demo',
};
