import type { MessagesOf } from '../../../../web/i18n/messages.ts';

/** English messages of the spread per county: the network's and each county's page. */
export const en = {
  'spread.nav': 'Spread per county',
  'spread.network.title': 'How shared cases spread',
  'spread.network.result':
    '{adopting} of {count, plural, one {# municipality} other {# municipalities}} in the network reuse at least one shared case.',
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
  'spread.share': '{share} %',
  'spread.top.title': 'The most reused cases',
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
  'spread.county.casesCount': '{count, plural, one {# case is} other {# cases are}} reused here.',
  'spread.county.casesShown': 'The {shown} reused by most municipalities here are listed.',
  'spread.county.inCounty': 'In {county}',
  'spread.county.inCountyOf': '{count} of {total}',
  'spread.county.none': 'So far, no shared case is reused in {county}.',
  'spread.county.municipalities': 'Municipalities in {county}',
  'spread.county.municipality': 'Municipality',
  'spread.county.adopted': 'Cases it reuses',
  'spread.shortlist.title': 'The network’s shortlist',
  'spread.shortlist.none': 'The network’s coordinators have not put any case on the shortlist yet.',
  'spread.recommend.title': 'Recommended in {county}',
  'spread.recommend.none': 'The county’s coordinators have not recommended any case yet.',
  'spread.recommend.case': 'The case’s address',
  'spread.recommend.caseHint':
    'Copy the address of the case’s page, for example from the search of shared cases.',
  'spread.recommend.note': 'Why you recommend it (optional)',
  'spread.recommend.noteHint': 'At most 500 characters.',
  'spread.recommend.submit': 'Recommend the case',
  'spread.recommend.remove': 'Take back',
  'spread.recommend.notLooked':
    '{count, plural, one {# municipality has} other {# municipalities have}} not looked at it yet',
  'spread.recommend.allLooked': 'Every municipality in the county has looked at it.',
  'spread.error.case': 'Give the address of a shared case that is published.',
  'spread.error.already': 'The case is already recommended here.',
  'spread.done.recommended': 'The case is recommended.',
  'spread.done.removed': 'The recommendation is taken back.',
  'spread.audit.recommendation.add': 'Case recommended',
  'spread.audit.recommendation.remove': 'Recommendation taken back',
  'spread.county.publishedCount': 'Cases it shares',
} as const;

declare module '../../../../web/i18n/messages.ts' {
  interface Messages extends MessagesOf<typeof en> {}
}
