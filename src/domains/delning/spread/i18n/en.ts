import type { MessagesOf } from '../../../../web/i18n/messages.ts';

/** English messages of the spread per county: the network's and each county's page. */
export const en = {
  'spread.nav': 'Spread per county',
  'spread.network.title': 'How shared cases spread',
  'spread.network.lead':
    'Which shared cases other municipalities reuse, and in how many of each county’s municipalities. A county’s page shows its cases and municipalities.',
  'spread.map.norway': 'Norway’s counties',
  'spread.map.sweden': 'Sweden’s counties, one square each',
  'spread.map.desc':
    'Each county is shaded by the share of its municipalities that reuse at least one shared case. The table has the same figures.',
  'spread.map.legend': 'Share of each county’s municipalities that reuse at least one case:',
  'spread.map.source': 'Map of Norway: © Kartverket, CC BY 4.0.',
  'spread.band.none': 'none',
  'spread.band.up-to-25': 'up to 25 %',
  'spread.band.up-to-50': '26–50 %',
  'spread.band.up-to-75': '51–75 %',
  'spread.band.over-75': 'over 75 %',
  'spread.band.missing': 'no municipalities in the registry',
  'spread.counties.caption': 'Spread per county',
  'spread.counties.county': 'County',
  'spread.counties.municipalities': 'Municipalities',
  'spread.counties.adopting': 'Reuse at least one case',
  'spread.counties.share': 'Share',
  'spread.counties.adoptions': 'Cases reused',
  'spread.counties.published': 'Cases shared',
  'spread.counties.missing': 'no municipalities in the registry',
  'spread.share': '{share} %',
  'spread.top.title': 'The most reused cases',
  'spread.top.caption': 'The most reused cases in the network',
  'spread.top.case': 'Case',
  'spread.top.publisher': 'Shared by',
  'spread.top.adopters': 'Municipalities reusing it',
  'spread.top.counties': 'Counties',
  'spread.top.none': 'No municipality reuses a shared case yet.',
  'spread.county.title': 'Spread in {county}',
  'spread.county.lead':
    '{count, plural, one {# municipality} other {# municipalities}} in {county}; {adopting} of them reuse at least one shared case.',
  'spread.county.all': 'All counties',
  'spread.county.cases': 'Cases reused in {county}',
  'spread.county.casesCaption': 'Cases reused in {county}',
  'spread.county.casesCount':
    '{count, plural, one {# case is} other {# cases are}} reused here; the {shown} reused by most municipalities here are listed.',
  'spread.county.inCounty': 'In {county}',
  'spread.county.inCountyOf': '{count} of {total}',
  'spread.county.none': 'No municipality in {county} reuses a shared case yet.',
  'spread.county.municipalities': 'Municipalities in {county}',
  'spread.county.municipalitiesCaption': 'Municipalities in {county}',
  'spread.county.municipality': 'Municipality',
  'spread.county.adopted': 'Cases it reuses',
  'spread.county.publishedCount': 'Cases it shares',
} as const;

declare module '../../../../web/i18n/messages.ts' {
  interface Messages extends MessagesOf<typeof en> {}
}
