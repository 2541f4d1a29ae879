import type { en } from './en.ts';

/** Swedish messages of the case catalogue's open data and the software descriptions of cases. */
export const sv: Record<keyof typeof en, string> = {
  'catalogue.openData.heading': 'Öppna data',
  'catalogue.openData.csv': 'Ladda ner de här exemplen som CSV',
  'catalogue.openData.feed': 'Följ nya och ändrade exempel (Atom-flöde)',
  'catalogue.openData.dcat': 'Beskrivning för dataportaler (DCAT-AP)',
  'catalogue.openData.api': 'Exemplen i API:et',
  'catalogue.feed.title': 'Delade exempel i Samskap',
  'catalogue.feed.subtitle':
    'Nya och ändrade exempel som kommuner i Sverige och Norge delar med varandra.',
  'catalogue.dcat.title': 'Samskaps katalog över delade exempel',
  'catalogue.dcat.description':
    'Öppna data om vad kommuner i Sverige och Norge har byggt, vad det gav och vilka som återanvänder det.',
  'catalogue.dcat.publisher': 'Samskap',
  'catalogue.dcat.datasetTitle': 'Delade exempel',
  'catalogue.dcat.datasetDescription':
    'Alla publicerade exempel: behovet, lösningen, resultat, lärdomar, kommunen, verksamhetsområdet, länkar till licens och källkod och när exemplet senast ändrades.',
  'catalogue.dcat.json': 'Exemplen som JSON (API)',
  'catalogue.dcat.csv': 'Exemplen som CSV',
  'catalogue.dcat.atom': 'Nya och ändrade exempel som Atom-flöde',
  'catalogue.publiccode.link': 'Beskriv programvaran (publiccode.yml)',
  'catalogue.publiccode.title': 'Beskriv programvaran med publiccode.yml',
  'catalogue.publiccode.lead':
    'publiccode.yml är en fil i kodförrådet som beskriver programvaran för andra offentliga aktörer. Klistra in innehållet eller välj filen, så visar exemplet namn, beskrivning, version, licens, underhåll och plattformar.',
  'catalogue.publiccode.source': 'Exemplets källkod:',
  'catalogue.publiccode.text': 'Innehållet i publiccode.yml',
  'catalogue.publiccode.textHint': 'Klistra in hela filen, eller lämna tomt och välj filen.',
  'catalogue.publiccode.file': 'Eller välj filen',
  'catalogue.publiccode.submit': 'Läs in och visa på exemplet',
  'catalogue.publiccode.back': 'Tillbaka till exemplet',
  'catalogue.publiccode.heading': 'Om programvaran',
  'catalogue.publiccode.name': 'Namn',
  'catalogue.publiccode.description': 'Beskrivning',
  'catalogue.publiccode.version': 'Version',
  'catalogue.publiccode.licence': 'Licens',
  'catalogue.publiccode.maintenance': 'Underhåll',
  'catalogue.publiccode.platforms': 'Plattformar',
  'catalogue.publiccode.readOn': 'Från kodförrådets publiccode.yml, inläst {date}.',
  'catalogue.publiccode.maintenance.internal': 'Av kommunen själv',
  'catalogue.publiccode.maintenance.contract': 'Av en leverantör enligt avtal',
  'catalogue.publiccode.maintenance.community': 'Av en öppen utvecklargemenskap',
  'catalogue.publiccode.maintenance.none': 'Underhålls inte',
  'catalogue.publiccode.error.empty': 'Klistra in innehållet i publiccode.yml eller välj filen.',
  'catalogue.publiccode.error.tooLarge': 'Filen är större än 64 kB. Välj själva publiccode.yml.',
  'catalogue.publiccode.error.encoding':
    'Filen är inte text i UTF-8. Spara publiccode.yml som UTF-8 och välj den igen.',
  'catalogue.publiccode.error.yaml':
    'Filen gick inte att läsa som YAML (rad {line}). Kontrollera indraget och att varje nyckel slutar med kolon.',
  'catalogue.publiccode.error.shape':
    'Filen ska beskriva programvaran med nycklar och värden, till exempel name: och description:.',
  'catalogue.publiccode.error.missing': 'Filen anger inte {field}, som krävs.',
  'catalogue.publiccode.error.text': '{field} ska vara en kort text.',
  'catalogue.publiccode.error.list': '{field} ska vara en lista med korta texter.',
  'catalogue.publiccode.error.maintenanceType':
    'maintenance.type ska vara internal, contract, community eller none.',
  'catalogue.publiccode.error.noSource':
    'Exemplet länkar inte till någon källkod. Lägg först till källkodens adress i exemplet.',
  'catalogue.done.publiccodeSaved': 'Beskrivningen av programvaran visas nu på exemplet.',
  'catalogue.audit.publiccode.save': 'Läste in publiccode.yml för ett delat exempel',
};
