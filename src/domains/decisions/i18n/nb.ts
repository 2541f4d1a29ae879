import type { en } from './en.ts';

/** Norwegian bokmål messages of the decisions domain. */
export const nb: Record<keyof typeof en, string> = {
  'decisions.title': 'Vedtak i {name}',
  'decisions.lead':
    'Her registreres vedtakene når de er fattet. Deretter står de fast: et vedtak endres eller slettes aldri, og en rettelse er et nytt vedtak. Hvert vedtak forsegles med en SHA-256-sjekksum over innholdet og sjekksummen til forrige vedtak. Slik kan alle kontrollere at ingenting er endret i ettertid.',
  'decisions.chainOk':
    '{count, plural, one {Kjeden med # vedtak holder: vedtaket er ikke endret siden det ble registrert.} other {Kjeden med # vedtak holder: ingen av dem er endret siden de ble registrert.}}',
  'decisions.chainEmpty': 'Ingen vedtak er registrert ennå.',
  'decisions.chainBroken': 'Kjeden holder ikke fra vedtak nr. {number}: {reason}.',
  'decisions.reason.order': 'et vedtak mangler, finnes to ganger eller står i feil rekkefølge',
  'decisions.reason.malformed': 'en lagret sjekksum er feil',
  'decisions.reason.link-broken': 'det lenker ikke til vedtaket før',
  'decisions.reason.content-changed': 'innholdet er endret etter registreringen',
  'decisions.reason.version': 'sjekksummens versjon er ukjent eller eldre enn for vedtaket før',
  'decisions.reason.head-not-found':
    'sjekksummen du har tatt vare på, finnes ikke lenger i kjeden: et vedtak er slettet eller skrevet om',
  'decisions.reason.checkpoint-signature':
    'et signert kontrollpunkt stemmer ikke med Samskaps signeringsnøkkel',
  'decisions.reason.checkpoint-beyond-chain':
    'et signert kontrollpunkt teller flere vedtak enn kjeden har: vedtak er slettet',
  'decisions.reason.checkpoint-head':
    'et signert kontrollpunkt oppgir en annen sjekksum for vedtaket: kjeden er skrevet om',
  'decisions.reason.checkpoint-missing':
    'et vedtak mangler signert kontrollpunkt, selv om et signeres hver gang et vedtak registreres: vedtaket er lagt til i ettertid, eller kontrollpunktet er slettet',
  'decisions.head': 'Kjedens siste sjekksum',
  'decisions.previousHash': 'Forrige sjekksum',
  'decisions.recordedAt': 'Registrert',
  'decisions.anchorLead':
    'Ta vare på kjedens siste sjekksum, eller abonner på feeden. Hvis et vedtak senere endres eller slettes, ser du det når du kontrollerer kjeden mot det du har tatt vare på.',
  'decisions.verifyLink': 'Kontroller kjeden',
  'decisions.feedLink': 'Vedtakene som Atom-feed',
  'decisions.keyLink': 'Samskaps offentlige signeringsnøkkel',
  'decisions.verify.title': 'Kontroller vedtakene i {name}',
  'decisions.verify.lead':
    'Her kan alle kontrollere at ingen vedtak er endret, slettet eller skrevet om siden de ble registrert. Har du tatt vare på kjedens siste sjekksum tidligere, fra vedtakssiden, feeden eller API-et, kan du fylle den inn og se at den fortsatt er en del av kjeden.',
  'decisions.verify.headLabel': 'Sjekksum du har tatt vare på (valgfritt)',
  'decisions.verify.headHint': '64 tegn: sifrene 0–9 og bokstavene a–f.',
  'decisions.verify.submit': 'Kontroller',
  'decisions.verify.keptAtHead':
    'Sjekksummen du har tatt vare på, er fortsatt kjedens siste: ingen vedtak er registrert siden.',
  'decisions.verify.keptFound':
    '{since, plural, one {Sjekksummen du har tatt vare på, hører til vedtak nr. {number} og finnes fortsatt i kjeden. # vedtak er registrert siden.} other {Sjekksummen du har tatt vare på, hører til vedtak nr. {number} og finnes fortsatt i kjeden. # vedtak er registrert siden.}}',
  'decisions.verify.keptGenesis':
    'Sjekksummen du har tatt vare på, er starten på kjeden, fra før noe vedtak ble registrert.',
  'decisions.verify.keptMissing':
    'Sjekksummen du har tatt vare på, finnes ikke i kjeden. Et vedtak fram til dette punktet er slettet eller endret etter at du tok vare på den. Kontakt kommunen om dette.',
  'decisions.verify.checkpoints':
    '{count, plural, =0 {Det finnes ingen signerte kontrollpunkter ennå.} one {# signert kontrollpunkt stemmer med kjeden.} other {Alle # signerte kontrollpunkter stemmer med kjeden.}}',
  'decisions.verify.keyId': 'Signeringsnøkkelens ID: {kid}',
  'decisions.error.head': 'Fyll inn en sjekksum på 64 tegn: sifrene 0–9 og bokstavene a–f.',
  'decisions.date': 'Dato',
  'decisions.body': 'Organ',
  'decisions.text': 'Vedtak',
  'decisions.hash': 'Sjekksum',
  'decisions.pageOf': 'Side {page} av {pages}, de nyeste vedtakene først.',
  'decisions.heading': 'Nr. {number} · {date} · {body}',
  'decisions.recordedAs': 'I protokollen',
  'decisions.paragraphValue': '§ {number}',
  'decisions.registrationValue': 'Saksnr. {number}',
  'decisions.protocolLink': 'Protokoll',
  'decisions.concerns': 'Gjelder',
  'decisions.adoption.future-story-version': 'Framtidsfortelling',
  'decisions.adoption.goal-set': 'Mål',
  'decisions.adoption.portfolio-scenario': 'Prioriteringsscenario',
  'decisions.adoption.gate-override': 'Oppskalering uten oppfylte krav',
  'decisions.adoption.matter': 'Sak',
  'decisions.decisionNumber': 'Vedtak nr. {number}, {date}',
  'decisions.record': 'Registrer et vedtak',
  'decisions.submit': 'Registrer vedtak',
  'decisions.recorded': 'Vedtaket ble registrert.',
  'decisions.dateHint': 'Dagen vedtaket ble fattet, som ÅÅÅÅ-MM-DD.',
  'decisions.paragraph': 'Sak eller paragraf i protokollen (valgfritt)',
  'decisions.paragraphHint':
    'Slik protokollen nummererer den, for eksempel PS 45/26, § 45 eller 45.',
  'decisions.registrationNumber': 'Saksnummer (valgfritt)',
  'decisions.registrationNumberHint': 'Saksnummeret i arkivet, for eksempel 26/01234.',
  'decisions.protocolUrl': 'Lenke til protokollen (valgfritt)',
  'decisions.protocolUrlHint': 'Adressen der protokollen er publisert, som begynner med https://.',
  'decisions.bodies': 'Politiske organer',
  'decisions.addBody': 'Legg til organ',
  'decisions.bodyName': 'Organets navn',
  'decisions.bodyKind': 'Type organ',
  'decisions.kind.council': 'Kommunestyre',
  'decisions.kind.executive': 'Formannskap',
  'decisions.kind.committee': 'Utvalg',
  'decisions.bodyAdded': 'Organet ble lagt til.',
  'decisions.noBodies': 'Legg til et politisk organ før du registrerer vedtak.',
  'decisions.chooseBody': 'Velg et organ',
  'decisions.audit.decision.record': 'Vedtak registrert',
  'decisions.audit.decision-body.create': 'Politisk organ lagt til',
  'decisions.error.decisionBody': 'Velg et av kommunens organer.',
  'decisions.error.bodyKind': 'Velg type organ.',
  'decisions.error.paragraph':
    'Skriv saken slik protokollen nummererer den, for eksempel PS 45/26 eller § 45, med høyst 20 tegn.',
  'decisions.error.registrationNumber':
    'Skriv saksnummeret med bokstaver, sifre og tegn som / . : -, for eksempel 26/01234, med høyst 50 tegn.',
  'decisions.error.protocolUrl':
    'Skriv lenken til protokollen som en nettadresse som begynner med https://, for eksempel https://kommune.no/protokoll.pdf.',
  'decisions.nav': 'Vedtak',
  'decisions.search.kind': 'Vedtak',
  'decisions.start.title': 'Siste vedtak',
  'decisions.start.more': 'Se alle vedtak',
  'decisions.start.item': '{body}, {date}',
};
