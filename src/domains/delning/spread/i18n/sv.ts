import type { en } from './en.ts';

/** Swedish messages of the spread per county: the network's and each county's page. */
export const sv: Record<keyof typeof en, string> = {
  'spread.nav': 'Spridning per län och fylke',
  'spread.network.title': 'Så sprids de delade exemplen',
  'spread.network.lead':
    'Vilka delade exempel andra kommuner återanvänder, och i hur många av varje läns kommuner. Länets sida visar dess exempel och kommuner.',
  'spread.map.norway': 'Norges fylken',
  'spread.map.sweden': 'Sveriges län, en ruta per län',
  'spread.map.desc':
    'Varje län och fylke är färgat efter hur stor andel av dess kommuner som återanvänder minst ett delat exempel. Tabellen har samma siffror.',
  'spread.map.legend':
    'Andel av kommunerna i varje län och fylke som återanvänder minst ett exempel:',
  'spread.map.source': 'Norgekartan: © Kartverket, CC BY 4.0.',
  'spread.band.none': 'ingen',
  'spread.band.up-to-25': 'upp till 25 %',
  'spread.band.up-to-50': '26–50 %',
  'spread.band.up-to-75': '51–75 %',
  'spread.band.over-75': 'över 75 %',
  'spread.band.missing': 'inga kommuner i registret',
  'spread.counties.caption': 'Spridning per län och fylke',
  'spread.counties.county': 'Län eller fylke',
  'spread.counties.municipalities': 'Kommuner',
  'spread.counties.adopting': 'Återanvänder minst ett exempel',
  'spread.counties.share': 'Andel',
  'spread.counties.adoptions': 'Återanvända exempel',
  'spread.counties.published': 'Delade exempel',
  'spread.counties.missing': 'inga kommuner i registret',
  'spread.share': '{share} %',
  'spread.top.title': 'De mest återanvända exemplen',
  'spread.top.caption': 'De mest återanvända exemplen i nätverket',
  'spread.top.case': 'Exempel',
  'spread.top.publisher': 'Delat av',
  'spread.top.adopters': 'Kommuner som återanvänder det',
  'spread.top.counties': 'Län och fylken',
  'spread.top.none': 'Ingen kommun återanvänder något delat exempel än.',
  'spread.county.title': 'Spridning i {county}',
  'spread.county.lead':
    '{count, plural, one {# kommun} other {# kommuner}} i {county}; {adopting} av dem återanvänder minst ett delat exempel.',
  'spread.county.all': 'Alla län och fylken',
  'spread.county.cases': 'Exempel som återanvänds i {county}',
  'spread.county.casesCaption': 'Exempel som återanvänds i {county}',
  'spread.county.casesCount':
    '{count, plural, one {# exempel återanvänds} other {# exempel återanvänds}} här; de {shown} som flest kommuner här återanvänder visas.',
  'spread.county.inCounty': 'I {county}',
  'spread.county.inCountyOf': '{count} av {total}',
  'spread.county.none': 'Ingen kommun i {county} återanvänder något delat exempel än.',
  'spread.county.municipalities': 'Kommuner i {county}',
  'spread.county.municipalitiesCaption': 'Kommuner i {county}',
  'spread.county.municipality': 'Kommun',
  'spread.county.adopted': 'Exempel den återanvänder',
  'spread.county.publishedCount': 'Exempel den delar',
};
