/**
 * The demo portfolio: forty initiatives that Nordic municipalities actually run or plan, each
 * with its Swedish and Norwegian (bokmål) text. `dept` indexes the demo departments in their
 * listed order (school, care, social services, community building, culture and leisure).
 */
export type BenefitKind = 'time' | 'financial' | 'quality' | 'satisfaction' | 'environment';

export type CatalogueEntry = {
  key: string;
  dept: 0 | 1 | 2 | 3 | 4;
  title: [sv: string, nb: string];
  problem: [sv: string, nb: string];
  idea: [sv: string, nb: string];
  benefit: BenefitKind;
  /** Scale of the main benefit: hours a year, kronor a year, or percentage points. */
  size: number;
  systems: string[];
};

const e = (
  key: string,
  dept: CatalogueEntry['dept'],
  title: [string, string],
  problem: [string, string],
  idea: [string, string],
  benefit: BenefitKind,
  size: number,
  systems: string[],
): CatalogueEntry => ({ key, dept, title, problem, idea, benefit, size, systems });

export const catalogue: CatalogueEntry[] = [
  // Förskola och skola / Oppvekst
  e(
    'learning-materials',
    0,
    ['Digitala läromedel i grundskolan', 'Digitale læremidler i grunnskolen'],
    [
      'Tryckta läromedel är dyra och snabbt inaktuella.',
      'Trykte læremidler er dyre og raskt utdaterte.',
    ],
    [
      'Gemensamma licenser för digitala läromedel i alla skolor.',
      'Felles lisenser for digitale læremidler på alle skoler.',
    ],
    'financial',
    900_000,
    ['learning-platform'],
  ),
  e(
    'school-absence',
    0,
    ['Digital frånvarohantering', 'Digital fraværsregistrering'],
    ['Frånvaro rapporteras på papper och telefon.', 'Fravær meldes på papir og telefon.'],
    [
      'Vårdnadshavare anmäler frånvaro i appen; skolan ser mönster tidigt.',
      'Foresatte melder fravær i appen; skolen ser mønstre tidlig.',
    ],
    'time',
    2_400,
    ['learning-platform', 'resident-portal'],
  ),
  e(
    'preschool-queue',
    0,
    ['E-tjänst för förskoleplats', 'E-tjeneste for barnehageplass'],
    [
      'Ansökan om förskoleplats kräver blankett och handläggning.',
      'Søknad om barnehageplass krever skjema og saksbehandling.',
    ],
    [
      'Självbetjäning med automatisk placeringskontroll.',
      'Selvbetjening med automatisk plasskontroll.',
    ],
    'time',
    1_600,
    ['case-system', 'resident-portal'],
  ),
  e(
    'preschool-staffing',
    0,
    ['Digital bemanning i förskolan', 'Digital bemanning i barnehagen'],
    [
      'Vikarier bokas med sms och telefonsamtal varje morgon.',
      'Vikarer bookes med SMS og telefon hver morgen.',
    ],
    [
      'En bemanningsapp som matchar vikarier mot luckor.',
      'En bemanningsapp som matcher vikarer mot hull.',
    ],
    'time',
    1_800,
    ['staffing-app'],
  ),
  e(
    'school-chromebooks',
    0,
    ['En-till-en-datorer med central förvaltning', 'Én-til-én-maskiner med sentral forvaltning'],
    [
      'Skolornas datorer förvaltas olika på varje skola.',
      'Skolenes maskiner forvaltes ulikt på hver skole.',
    ],
    [
      'Gemensam enhetshantering och återbruk av datorer.',
      'Felles enhetsstyring og ombruk av maskiner.',
    ],
    'financial',
    600_000,
    ['learning-platform'],
  ),
  e(
    'school-transport',
    0,
    ['Optimerad skolskjuts', 'Optimert skoleskyss'],
    ['Skolskjutsens rutter planeras för hand.', 'Skoleskyssens ruter planlegges manuelt.'],
    [
      'Ruttoptimering med elevernas adresser och scheman.',
      'Ruteoptimering med elevenes adresser og timeplaner.',
    ],
    'environment',
    40,
    ['integration-platform'],
  ),
  e(
    'school-wellbeing',
    0,
    ['Elevhälsans digitala mottagning', 'Skolehelsetjenestens digitale mottak'],
    ['Elever når inte elevhälsan i tid.', 'Elever når ikke skolehelsetjenesten i tide.'],
    [
      'Chatt och tidsbokning med skolsköterska och kurator.',
      'Chat og timebestilling hos helsesykepleier.',
    ],
    'satisfaction',
    15,
    ['resident-portal'],
  ),
  e(
    'school-ai-feedback',
    0,
    ['AI-stöd för formativ återkoppling', 'KI-støtte for underveisvurdering'],
    [
      'Lärare hinner inte ge återkoppling på alla texter.',
      'Lærere rekker ikke å gi tilbakemelding på alle tekster.',
    ],
    [
      'Ett granskat AI-stöd föreslår återkoppling som läraren godkänner.',
      'En vurdert KI-støtte foreslår tilbakemelding som læreren godkjenner.',
    ],
    'time',
    3_000,
    ['learning-platform'],
  ),
  // Vård och omsorg / Helse og omsorg
  e(
    'night-supervision',
    1,
    ['Digital nattillsyn i hemtjänsten', 'Digitalt nattilsyn i hjemmetjenesten'],
    [
      'Nattliga tillsynsbesök väcker brukarna och tar mycket körtid.',
      'Nattlige tilsynsbesøk vekker brukerne og tar mye kjøretid.',
    ],
    [
      'Trygghetskamera med samtycke ersätter fysiska besök där det passar.',
      'Trygghetskamera med samtykke erstatter fysiske besøk der det passer.',
    ],
    'time',
    5_200,
    ['care-system', 'welfare-tech-platform'],
  ),
  e(
    'shared-scheduling',
    1,
    ['Gemensam schemaläggning', 'Felles turnusplanlegging'],
    ['Varje enhet lägger scheman i egna kalkylblad.', 'Hver enhet lager turnuser i egne regneark.'],
    [
      'Ett gemensamt schemasystem med behovsstyrd bemanning.',
      'Ett felles turnussystem med behovsstyrt bemanning.',
    ],
    'time',
    4_000,
    ['scheduling-system'],
  ),
  e(
    'medication-robots',
    1,
    ['Läkemedelsrobotar i hemmet', 'Medisinroboter i hjemmet'],
    [
      'Påminnelsebesök för läkemedel tar stor del av dagen.',
      'Påminnelsesbesøk for medisiner tar stor del av dagen.',
    ],
    [
      'Läkemedelsautomater som larmar när en dos inte tas.',
      'Medisindispensere som varsler når en dose ikke tas.',
    ],
    'time',
    3_600,
    ['welfare-tech-platform', 'care-system'],
  ),
  e(
    'digital-keys',
    1,
    ['Digitala nycklar i hemtjänsten', 'Digitale nøkler i hjemmetjenesten'],
    [
      'Fysiska nycklar hämtas och lämnas på kontoret.',
      'Fysiske nøkler hentes og leveres på kontoret.',
    ],
    [
      'Digitala lås som öppnas med mobilen och loggas.',
      'Digitale lås som åpnes med mobilen og logges.',
    ],
    'time',
    2_200,
    ['welfare-tech-platform'],
  ),
  e(
    'fall-sensors',
    1,
    ['Fallsensorer på särskilt boende', 'Fallsensorer på sykehjem'],
    ['Fall upptäcks sent nattetid.', 'Fall oppdages sent om natten.'],
    ['Sensorer larmar personalen vid fall.', 'Sensorer varsler personalet ved fall.'],
    'quality',
    20,
    ['welfare-tech-platform', 'iot-platform'],
  ),
  e(
    'care-planning-app',
    1,
    ['Mobil dokumentation i hemtjänsten', 'Mobil dokumentasjon i hjemmetjenesten'],
    [
      'Personalen dokumenterar i efterhand på kontoret.',
      'Personalet dokumenterer i etterkant på kontoret.',
    ],
    [
      'Dokumentation i mobilen direkt hos brukaren.',
      'Dokumentasjon på mobilen direkte hos brukeren.',
    ],
    'time',
    2_800,
    ['care-system'],
  ),
  e(
    'video-visits',
    1,
    ['Digitala besök och videosamtal', 'Digitale besøk og videosamtaler'],
    ['Korta uppföljningar kräver resor.', 'Korte oppfølginger krever reiser.'],
    [
      'Videosamtal för uppföljning och anhörigkontakt.',
      'Videosamtaler for oppfølging og pårørendekontakt.',
    ],
    'satisfaction',
    12,
    ['welfare-tech-platform'],
  ),
  e(
    'route-planning',
    1,
    ['Ruttplanering i hemtjänsten', 'Ruteplanlegging i hjemmetjenesten'],
    ['Körsträckorna är onödigt långa.', 'Kjørestrekningene er unødvendig lange.'],
    ['Optimerade rutter från schemasystemet.', 'Optimerte ruter fra turnussystemet.'],
    'environment',
    30,
    ['scheduling-system'],
  ),
  // Socialtjänst / Sosiale tjenester
  e(
    'rpa-income-support',
    2,
    [
      'Robotiserad handläggning av ekonomiskt bistånd',
      'Robotisert behandling av økonomisk sosialhjelp',
    ],
    [
      'Återansökningar om bistånd kontrolleras för hand varje månad.',
      'Søknader om sosialhjelp kontrolleres manuelt hver måned.',
    ],
    [
      'En mjukvarurobot hämtar uppgifter och föreslår beslut.',
      'En programvarerobot henter opplysninger og foreslår vedtak.',
    ],
    'time',
    4_500,
    ['social-system', 'integration-platform'],
  ),
  e(
    'eservice-income-support',
    2,
    ['E-ansökan om ekonomiskt bistånd', 'E-søknad om økonomisk sosialhjelp'],
    [
      'Ansökan görs på papper med många kompletteringar.',
      'Søknad leveres på papir med mange kompletteringer.',
    ],
    ['Digital ansökan med inloggning och bilagor.', 'Digital søknad med innlogging og vedlegg.'],
    'time',
    2_000,
    ['resident-portal', 'social-system'],
  ),
  e(
    'social-chat',
    2,
    ['Chatt med socialtjänstens mottagning', 'Chat med NAV-kontorets mottak'],
    ['Telefonköerna till mottagningen är långa.', 'Telefonkøene til mottaket er lange.'],
    ['Chatt med handläggare under kontorstid.', 'Chat med saksbehandler i åpningstiden.'],
    'satisfaction',
    10,
    ['resident-portal'],
  ),
  e(
    'child-reports',
    2,
    ['Digitala orosanmälningar', 'Digitale bekymringsmeldinger'],
    ['Orosanmälningar kommer in på många vägar.', 'Bekymringsmeldinger kommer inn på mange måter.'],
    [
      'En säker e-tjänst för anmälningar från skola och vård.',
      'En sikker e-tjeneste for meldinger fra skole og helse.',
    ],
    'quality',
    25,
    ['social-system', 'case-system'],
  ),
  e(
    'addiction-app',
    2,
    ['Digitalt stöd vid missbruk', 'Digital støtte ved rusproblemer'],
    ['Stödet finns bara på kontorstid.', 'Støtten finnes bare i åpningstiden.'],
    [
      'En app med självhjälp och kontakt med behandlare.',
      'En app med selvhjelp og kontakt med behandler.',
    ],
    'satisfaction',
    10,
    ['welfare-tech-platform'],
  ),
  e(
    'social-ai-journal',
    2,
    ['AI-stöd för journalsammanfattning', 'KI-støtte for journaloppsummering'],
    [
      'Handläggare läser långa akter inför varje möte.',
      'Saksbehandlere leser lange journaler før hvert møte.',
    ],
    [
      'Sammanfattningar som handläggaren granskar.',
      'Oppsummeringer som saksbehandleren kontrollerer.',
    ],
    'time',
    2_600,
    ['social-system'],
  ),
  e(
    'social-scheduling',
    2,
    ['Schemaläggning för boendestöd', 'Turnusplanlegging for bostøtte'],
    ['Boendestödet planeras i eget kalkylblad.', 'Bostøtten planlegges i eget regneark.'],
    ['Eget schemaverktyg för boendestödet.', 'Eget turnusverktøy for bostøtten.'],
    'time',
    900,
    ['staffing-app'],
  ),
  e(
    'family-counselling',
    2,
    ['Digital familjerådgivning', 'Digital familierådgivning'],
    ['Väntetiden till familjerådgivning är lång.', 'Ventetiden for familierådgivning er lang.'],
    ['Videosamtal och digital tidsbokning.', 'Videosamtaler og digital timebestilling.'],
    'satisfaction',
    8,
    ['resident-portal'],
  ),
  // Samhällsbyggnad / Samfunnsutvikling
  e(
    'building-permits',
    3,
    ['E-tjänst för bygglov', 'E-tjeneste for byggesøknad'],
    [
      'Bygglovsansökningar är ofullständiga och tar lång tid.',
      'Byggesøknader er ufullstendige og tar lang tid.',
    ],
    [
      'En vägledande e-tjänst med ritningar och automatisk kontroll.',
      'En veiledende e-tjeneste med tegninger og automatisk kontroll.',
    ],
    'time',
    3_200,
    ['case-system', 'resident-portal'],
  ),
  e(
    'ap-automation',
    3,
    ['AI-stöd för leverantörsfakturor', 'KI-støtte for leverandørfakturaer'],
    [
      'Leverantörsfakturor konteras och attesteras för hand.',
      'Leverandørfakturaer konteres og attesteres manuelt.',
    ],
    [
      'Maskininlärning föreslår kontering; avvikelser flaggas.',
      'Maskinlæring foreslår kontering; avvik flagges.',
    ],
    'financial',
    1_200_000,
    ['finance-system', 'integration-platform'],
  ),
  e(
    'iot-properties',
    3,
    ['IoT-sensorer i kommunens fastigheter', 'IoT-sensorer i kommunale bygg'],
    ['Energi och inomhusklimat mäts inte löpande.', 'Energi og inneklima måles ikke løpende.'],
    [
      'Sensorer för temperatur, CO₂ och energi styr värme och ventilation.',
      'Sensorer for temperatur, CO₂ og energi styrer varme og ventilasjon.',
    ],
    'financial',
    1_500_000,
    ['iot-platform', 'property-system'],
  ),
  e(
    'e-archive',
    3,
    ['E-arkiv för hela kommunen', 'Elektronisk arkiv for hele kommunen'],
    [
      'Avslutade ärenden lagras i gamla system och på papper.',
      'Avsluttede saker lagres i gamle systemer og på papir.',
    ],
    [
      'Ett gemensamt e-arkiv med automatisk leverans från verksamhetssystemen.',
      'Et felles elektronisk arkiv med automatisk avlevering fra fagsystemene.',
    ],
    'financial',
    700_000,
    ['e-archive', 'integration-platform'],
  ),
  e(
    'integration-platform',
    3,
    ['Gemensam integrationsplattform', 'Felles integrasjonsplattform'],
    [
      'Varje system kopplas ihop med egna punktintegrationer.',
      'Hvert system kobles sammen med egne punktintegrasjoner.',
    ],
    [
      'En plattform för API:er och händelser som alla förvaltningar använder.',
      'En plattform for API-er og hendelser som alle virksomheter bruker.',
    ],
    'financial',
    800_000,
    ['integration-platform'],
  ),
  e(
    'chatbot',
    3,
    ['Chattbot för invånarfrågor', 'Chatbot for innbyggerspørsmål'],
    [
      'Kontaktcenter besvarar samma frågor om och om igen.',
      'Servicetorget svarer på de samme spørsmålene igjen og igjen.',
    ],
    [
      'En chattbot som svarar på vanliga frågor dygnet runt.',
      'En chatbot som svarer på vanlige spørsmål hele døgnet.',
    ],
    'time',
    2_500,
    ['chatbot', 'resident-portal'],
  ),
  e(
    'resident-portal',
    3,
    ['Invånarportal med Mina sidor', 'Innbyggerportal med Min side'],
    ['Invånarna hittar inte sina ärenden.', 'Innbyggerne finner ikke sakene sine.'],
    [
      'En portal där invånaren följer sina ärenden.',
      'En portal der innbyggeren følger sakene sine.',
    ],
    'satisfaction',
    15,
    ['resident-portal', 'integration-platform'],
  ),
  e(
    'snow-clearing',
    3,
    ['Sensorstyrd vinterväghållning', 'Sensorstyrt vintervedlikehold'],
    [
      'Plogning och sandning startar på schema, inte på behov.',
      'Brøyting og strøing starter etter plan, ikke behov.',
    ],
    ['Vägsensorer och väderdata styr utryckningen.', 'Veisensorer og værdata styrer utrykningen.'],
    'environment',
    25,
    ['iot-platform'],
  ),
  // Kultur och fritid / Kultur og fritid
  e(
    'library-self-service',
    4,
    ['Meröppna bibliotek', 'Meråpne bibliotek'],
    ['Biblioteken har korta öppettider.', 'Bibliotekene har korte åpningstider.'],
    [
      'Självbetjäning med passerkontroll kvällar och helger.',
      'Selvbetjening med adgangskontroll kvelder og helger.',
    ],
    'satisfaction',
    20,
    ['iot-platform'],
  ),
  e(
    'facility-booking',
    4,
    ['Digital bokning av lokaler och anläggningar', 'Digital booking av lokaler og anlegg'],
    ['Föreningar bokar halltider via e-post.', 'Lag og foreninger booker haller via e-post.'],
    [
      'Självbetjäning med betalning och digitala lås.',
      'Selvbetjening med betaling og digitale lås.',
    ],
    'time',
    1_400,
    ['resident-portal', 'property-system'],
  ),
  e(
    'culture-school-admin',
    4,
    ['E-tjänst för kulturskolan', 'E-tjeneste for kulturskolen'],
    ['Anmälan och köhantering sker i kalkylblad.', 'Påmelding og kø håndteres i regneark.'],
    [
      'En e-tjänst för anmälan, kö och fakturering.',
      'En e-tjeneste for påmelding, kø og fakturering.',
    ],
    'time',
    800,
    ['resident-portal', 'finance-system'],
  ),
  e(
    'culture-scheduling',
    4,
    ['Schemaläggning för fritidsgårdar', 'Turnusplanlegging for fritidsklubber'],
    ['Personalens scheman läggs för hand.', 'Personalets turnuser lages manuelt.'],
    ['Använda kommunens gemensamma schemasystem.', 'Bruke kommunens felles turnussystem.'],
    'time',
    600,
    ['scheduling-system'],
  ),
  e(
    'visitor-counting',
    4,
    ['Besöksräkning i anläggningar', 'Besøkstelling i anlegg'],
    ['Ingen vet hur anläggningarna används.', 'Ingen vet hvordan anleggene brukes.'],
    ['Anonyma sensorer räknar besökare.', 'Anonyme sensorer teller besøkende.'],
    'quality',
    20,
    ['iot-platform'],
  ),
  e(
    'association-grants',
    4,
    ['Digital ansökan om föreningsbidrag', 'Digital søknad om tilskudd til lag'],
    ['Bidragsansökningar hanteras på papper.', 'Tilskuddssøknader behandles på papir.'],
    [
      'En e-tjänst med automatisk kontroll av medlemsantal.',
      'En e-tjeneste med automatisk kontroll av medlemstall.',
    ],
    'time',
    700,
    ['case-system'],
  ),
  e(
    'gps-alarms',
    1,
    ['GPS-larm för personer med demens', 'GPS-alarm for personer med demens'],
    [
      'Personer med demens kan inte röra sig fritt utan sällskap.',
      'Personer med demens kan ikke bevege seg fritt uten følge.',
    ],
    [
      'Larm med positionering som anhöriga och personal får.',
      'Alarm med posisjon som pårørende og personalet får.',
    ],
    'quality',
    15,
    ['welfare-tech-platform'],
  ),
  e(
    'museum-guide',
    4,
    ['Digital guide i konsthallen', 'Digital guide i kunsthallen'],
    [
      'Visningar finns bara på ett språk och vissa tider.',
      'Omvisninger finnes bare på ett språk og visse tider.',
    ],
    ['Ljudguide i mobilen på flera språk.', 'Lydguide på mobilen på flere språk.'],
    'satisfaction',
    10,
    ['resident-portal'],
  ),
];
