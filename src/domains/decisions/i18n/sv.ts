import type { en } from './en.ts';

/** Swedish messages of the decisions domain. */
export const sv: Record<keyof typeof en, string> = {
  'decisions.title': 'Beslut i {name}',
  'decisions.lead':
    'Här registreras besluten när de har fattats. Sedan står de fast: ett beslut ändras eller tas aldrig bort, och en rättelse är ett nytt beslut. Varje beslut förseglas med en SHA-256-kontrollsumma över innehållet och föregående besluts kontrollsumma. Så kan vem som helst kontrollera att inget har ändrats i efterhand.',
  'decisions.chainOk':
    '{count, plural, one {Kedjan med # beslut håller: beslutet har inte ändrats sedan det registrerades.} other {Kedjan med # beslut håller: inget av dem har ändrats sedan det registrerades.}}',
  'decisions.chainEmpty': 'Inga beslut har registrerats ännu.',
  'decisions.chainBroken': 'Kedjan håller inte från beslut nr {number}: {reason}.',
  'decisions.reason.order': 'ett beslut saknas, förekommer två gånger eller ligger i fel ordning',
  'decisions.reason.malformed': 'en lagrad kontrollsumma är felaktig',
  'decisions.reason.link-broken': 'det länkar inte till beslutet före',
  'decisions.reason.content-changed': 'innehållet har ändrats efter registreringen',
  'decisions.reason.version': 'kontrollsummans version är okänd eller äldre än föregående besluts',
  'decisions.reason.head-not-found':
    'kontrollsumman du sparat finns inte längre i kedjan: ett beslut har tagits bort eller skrivits om',
  'decisions.reason.checkpoint-signature':
    'en signerad kontrollpunkt stämmer inte med Samskaps signeringsnyckel',
  'decisions.reason.checkpoint-beyond-chain':
    'en signerad kontrollpunkt räknar fler beslut än kedjan har: beslut har tagits bort',
  'decisions.reason.checkpoint-head':
    'en signerad kontrollpunkt anger en annan kontrollsumma för beslutet: kedjan har skrivits om',
  'decisions.reason.checkpoint-missing':
    'ett beslut saknar signerad kontrollpunkt, fast en signeras varje gång ett beslut registreras: beslutet har lagts till i efterhand eller kontrollpunkten tagits bort',
  'decisions.head': 'Kedjans senaste kontrollsumma',
  'decisions.previousHash': 'Föregående kontrollsumma',
  'decisions.recordedAt': 'Registrerat',
  'decisions.anchorLead':
    'Spara kedjans senaste kontrollsumma eller prenumerera på flödet. Om ett beslut senare ändras eller tas bort ser du det när du kontrollerar kedjan mot det du har sparat.',
  'decisions.verifyLink': 'Kontrollera kedjan',
  'decisions.feedLink': 'Besluten som Atom-flöde',
  'decisions.keyLink': 'Samskaps publika signeringsnyckel',
  'decisions.verify.title': 'Kontrollera besluten i {name}',
  'decisions.verify.lead':
    'Här kan vem som helst kontrollera att inget beslut har ändrats, tagits bort eller skrivits om sedan det registrerades. Har du sparat kedjans senaste kontrollsumma tidigare, från beslutssidan, flödet eller API:et, kan du fylla i den och se att den fortfarande ingår i kedjan.',
  'decisions.verify.headLabel': 'Kontrollsumma som du har sparat (valfritt)',
  'decisions.verify.headHint': '64 tecken: siffrorna 0–9 och bokstäverna a–f.',
  'decisions.verify.submit': 'Kontrollera',
  'decisions.verify.keptAtHead':
    'Kontrollsumman du har sparat är fortfarande kedjans senaste: inga beslut har registrerats sedan dess.',
  'decisions.verify.keptFound':
    '{since, plural, one {Kontrollsumman du har sparat hör till beslut nr {number} och finns kvar i kedjan. # beslut har registrerats sedan dess.} other {Kontrollsumman du har sparat hör till beslut nr {number} och finns kvar i kedjan. # beslut har registrerats sedan dess.}}',
  'decisions.verify.keptGenesis':
    'Kontrollsumman du har sparat är kedjans början, från innan något beslut registrerades.',
  'decisions.verify.keptMissing':
    'Kontrollsumman du har sparat finns inte i kedjan. Ett beslut fram till den punkten har tagits bort eller ändrats efter att du sparade den. Kontakta kommunen om detta.',
  'decisions.verify.checkpoints':
    '{count, plural, =0 {Det finns inga signerade kontrollpunkter ännu.} one {# signerad kontrollpunkt stämmer med kedjan.} other {Alla # signerade kontrollpunkter stämmer med kedjan.}}',
  'decisions.verify.keyId': 'Signeringsnyckelns id: {kid}',
  'decisions.error.head':
    'Fyll i en kontrollsumma med 64 tecken: siffrorna 0–9 och bokstäverna a–f.',
  'decisions.date': 'Datum',
  'decisions.body': 'Organ',
  'decisions.text': 'Beslut',
  'decisions.hash': 'Kontrollsumma',
  'decisions.pageOf': 'Sida {page} av {pages}, de senaste besluten först.',
  'decisions.heading': 'Nr {number} · {date} · {body}',
  'decisions.recordedAs': 'I protokollet',
  'decisions.paragraphValue': '§ {number}',
  'decisions.registrationValue': 'Dnr {number}',
  'decisions.protocolLink': 'Protokoll',
  'decisions.concerns': 'Gäller',
  'decisions.adoption.future-story-version': 'Framtidsberättelse',
  'decisions.adoption.goal-set': 'Mål',
  'decisions.adoption.portfolio-scenario': 'Prioriteringsscenario',
  'decisions.adoption.gate-override': 'Uppskalning utan uppfyllda villkor',
  'decisions.adoption.matter': 'Ärende',
  'decisions.decisionNumber': 'Beslut nr {number}, {date}',
  'decisions.record': 'Registrera ett beslut',
  'decisions.submit': 'Registrera beslut',
  'decisions.recorded': 'Beslutet registrerades.',
  'decisions.dateHint': 'Dagen då beslutet fattades, som ÅÅÅÅ-MM-DD.',
  'decisions.paragraph': 'Paragraf i protokollet (valfritt)',
  'decisions.paragraphHint': 'Som den står i protokollet, till exempel § 45 eller 45.',
  'decisions.registrationNumber': 'Diarienummer (valfritt)',
  'decisions.registrationNumberHint': 'Ärendets diarienummer, till exempel KS 2026/123.',
  'decisions.protocolUrl': 'Länk till protokollet (valfritt)',
  'decisions.protocolUrlHint': 'Adressen där protokollet är publicerat, som börjar med https://.',
  'decisions.bodies': 'Beslutande organ',
  'decisions.addBody': 'Lägg till organ',
  'decisions.bodyName': 'Organets namn',
  'decisions.bodyKind': 'Slag av organ',
  'decisions.kind.council': 'Kommunfullmäktige',
  'decisions.kind.executive': 'Kommunstyrelse',
  'decisions.kind.committee': 'Nämnd',
  'decisions.bodyAdded': 'Organet lades till.',
  'decisions.noBodies': 'Lägg till ett beslutande organ innan du registrerar beslut.',
  'decisions.chooseBody': 'Välj ett organ',
  'decisions.audit.decision.record': 'Beslut registrerat',
  'decisions.audit.decision-body.create': 'Beslutande organ tillagt',
  'decisions.error.decisionBody': 'Välj ett av kommunens organ.',
  'decisions.error.bodyKind': 'Välj typ av organ.',
  'decisions.error.paragraph':
    'Skriv paragrafen som i protokollet, till exempel § 45 eller 45, med högst 20 tecken.',
  'decisions.error.registrationNumber':
    'Skriv diarienumret med bokstäver, siffror och tecken som / . : -, till exempel KS 2026/123, med högst 50 tecken.',
  'decisions.error.protocolUrl':
    'Skriv länken till protokollet som en webbadress som börjar med https://, till exempel https://kommun.se/protokoll.pdf.',
  'decisions.nav': 'Beslut',
  'decisions.search.kind': 'Beslut',
  'decisions.start.title': 'Senaste besluten',
  'decisions.start.more': 'Se alla beslut',
  'decisions.start.item': '{body}, {date}',
};
