import type { en } from './en.ts';

/** Norwegian messages of the case catalogue's open data and the software descriptions of cases. */
export const nb: Record<keyof typeof en, string> = {
  'catalogue.openData.heading': 'Åpne data',
  'catalogue.openData.csv': 'Last ned disse eksemplene som CSV',
  'catalogue.openData.feed': 'Følg nye og endrede eksempler (Atom-feed)',
  'catalogue.openData.dcat': 'Beskrivelse for dataportaler (DCAT-AP)',
  'catalogue.openData.api': 'Eksemplene i API-et',
  'catalogue.feed.title': 'Delte eksempler i Samskap',
  'catalogue.feed.subtitle':
    'Nye og endrede eksempler som kommuner i Norge og Sverige deler med hverandre.',
  'catalogue.dcat.title': 'Samskaps katalog over delte eksempler',
  'catalogue.dcat.description':
    'Åpne data om hva kommuner i Norge og Sverige har laget, hva det ga og hvem som gjenbruker det.',
  'catalogue.dcat.publisher': 'Samskap',
  'catalogue.dcat.datasetTitle': 'Delte eksempler',
  'catalogue.dcat.datasetDescription':
    'Alle publiserte eksempler: behovet, løsningen, resultater, erfaringer, kommunen, tjenesteområdet, lenker til lisens og kildekode og når eksempelet sist ble endret.',
  'catalogue.dcat.json': 'Eksemplene som JSON (API)',
  'catalogue.dcat.csv': 'Eksemplene som CSV',
  'catalogue.dcat.atom': 'Nye og endrede eksempler som Atom-feed',
  'catalogue.publiccode.link': 'Beskriv programvaren (publiccode.yml)',
  'catalogue.publiccode.title': 'Beskriv programvaren med publiccode.yml',
  'catalogue.publiccode.lead':
    'publiccode.yml er en fil i kodelageret som beskriver programvaren for andre offentlige organer. Lim inn innholdet eller velg filen, så viser eksempelet navn, beskrivelse, versjon, lisens, forvaltning og plattformer.',
  'catalogue.publiccode.source': 'Kildekoden til eksempelet:',
  'catalogue.publiccode.text': 'Innholdet i publiccode.yml',
  'catalogue.publiccode.textHint': 'Lim inn hele filen, eller la feltet stå tomt og velg filen.',
  'catalogue.publiccode.file': 'Eller velg filen',
  'catalogue.publiccode.submit': 'Les inn og vis på eksempelet',
  'catalogue.publiccode.back': 'Tilbake til eksempelet',
  'catalogue.publiccode.heading': 'Om programvaren',
  'catalogue.publiccode.name': 'Navn',
  'catalogue.publiccode.description': 'Beskrivelse',
  'catalogue.publiccode.version': 'Versjon',
  'catalogue.publiccode.licence': 'Lisens',
  'catalogue.publiccode.maintenance': 'Forvaltning',
  'catalogue.publiccode.platforms': 'Plattformer',
  'catalogue.publiccode.readOn': 'Fra kodelagerets publiccode.yml, lest inn {date}.',
  'catalogue.publiccode.maintenance.internal': 'Av kommunen selv',
  'catalogue.publiccode.maintenance.contract': 'Av en leverandør etter avtale',
  'catalogue.publiccode.maintenance.community': 'Av et åpent utviklerfellesskap',
  'catalogue.publiccode.maintenance.none': 'Forvaltes ikke',
  'catalogue.publiccode.error.empty': 'Lim inn innholdet i publiccode.yml eller velg filen.',
  'catalogue.publiccode.error.tooLarge': 'Filen er større enn 64 kB. Velg selve publiccode.yml.',
  'catalogue.publiccode.error.encoding':
    'Filen er ikke tekst i UTF-8. Lagre publiccode.yml som UTF-8 og velg den på nytt.',
  'catalogue.publiccode.error.yaml':
    'Filen kunne ikke leses som YAML (linje {line}). Sjekk innrykket og at hver nøkkel slutter med kolon.',
  'catalogue.publiccode.error.shape':
    'Filen skal beskrive programvaren med nøkler og verdier, for eksempel name: og description:.',
  'catalogue.publiccode.error.missing': 'Filen oppgir ikke {field}, som er påkrevd.',
  'catalogue.publiccode.error.text': '{field} skal være en kort tekst.',
  'catalogue.publiccode.error.list': '{field} skal være en liste med korte tekster.',
  'catalogue.publiccode.error.maintenanceType':
    'maintenance.type skal være internal, contract, community eller none.',
  'catalogue.publiccode.error.noSource':
    'Eksempelet lenker ikke til noen kildekode. Legg først til adressen til kildekoden i eksempelet.',
  'catalogue.done.publiccodeSaved': 'Beskrivelsen av programvaren vises nå på eksempelet.',
  'catalogue.audit.publiccode.save': 'Leste inn publiccode.yml for et delt eksempel',
};
