import { type Lang, languages, type MessageKey, translator } from '../../../web/i18n/index.ts';

/** Where the catalogue's description is served. */
export const CATALOGUE_PATH = '/api/v1/catalogue.jsonld';

const context = {
  dcat: 'http://www.w3.org/ns/dcat#',
  dct: 'http://purl.org/dc/terms/',
  foaf: 'http://xmlns.com/foaf/0.1/',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
};

// The EU's controlled vocabularies that DCAT-AP asks for, so portals can read formats and
// languages without guessing.
const authority = 'http://publications.europa.eu/resource/authority';
const fileType = (code: string) => ({ '@id': `${authority}/file-type/${code}` });
const mediaType = (type: string) => ({
  '@id': `https://www.iana.org/assignments/media-types/${type}`,
});
const languageOf: Record<Lang, string> = { sv: 'SWE', nb: 'NOB', en: 'ENG' };

/** A text in every language of the app, as JSON-LD language-tagged values. */
const inEveryLanguage = (key: MessageKey) =>
  languages.map((lang) => ({ '@language': lang, '@value': translator(lang)(key) }));

const dateTime = (at: Date) => ({ '@value': at.toISOString(), '@type': 'xsd:dateTime' });

/**
 * The case catalogue described in DCAT-AP as JSON-LD, so national data portals (dataportal.se,
 * data.norge.no) can harvest it: one catalogue, one dataset of the shared cases, and its
 * distributions: the JSON API, the CSV file and the Atom feed in each language.
 */
export function catalogueDcat(origin: string, modified: Date | null) {
  const publisher = {
    '@id': `${origin}/`,
    '@type': 'foaf:Agent',
    'foaf:name': inEveryLanguage('catalogue.dcat.publisher'),
  };
  const distribution = (
    id: string,
    title: ReturnType<typeof inEveryLanguage>,
    url: string,
    format: string,
    type: string,
  ) => ({
    '@id': `${origin}${CATALOGUE_PATH}#${id}`,
    '@type': 'dcat:Distribution',
    'dct:title': title,
    'dcat:accessURL': { '@id': url },
    'dcat:downloadURL': { '@id': url },
    'dct:format': fileType(format),
    'dcat:mediaType': mediaType(type),
  });
  const updated = modified ? { 'dct:modified': dateTime(modified) } : {};
  return {
    '@context': context,
    '@id': `${origin}${CATALOGUE_PATH}`,
    '@type': 'dcat:Catalog',
    'dct:title': inEveryLanguage('catalogue.dcat.title'),
    'dct:description': inEveryLanguage('catalogue.dcat.description'),
    'dct:publisher': publisher,
    'dct:language': languages.map((l) => ({ '@id': `${authority}/language/${languageOf[l]}` })),
    'foaf:homepage': { '@id': `${origin}/sv/cases` },
    ...updated,
    'dcat:dataset': [
      {
        '@id': `${origin}${CATALOGUE_PATH}#cases`,
        '@type': 'dcat:Dataset',
        'dct:identifier': `${origin}${CATALOGUE_PATH}#cases`,
        'dct:title': inEveryLanguage('catalogue.dcat.datasetTitle'),
        'dct:description': inEveryLanguage('catalogue.dcat.datasetDescription'),
        'dct:publisher': publisher,
        'dcat:theme': { '@id': `${authority}/data-theme/GOVE` },
        'dcat:landingPage': { '@id': `${origin}/sv/cases` },
        ...updated,
        'dcat:distribution': [
          distribution(
            'json',
            inEveryLanguage('catalogue.dcat.json'),
            `${origin}/api/v1/cases`,
            'JSON',
            'application/json',
          ),
          distribution(
            'csv',
            inEveryLanguage('catalogue.dcat.csv'),
            `${origin}/api/v1/cases.csv`,
            'CSV',
            'text/csv',
          ),
          ...languages.map((lang) =>
            distribution(
              `atom-${lang}`,
              [{ '@language': lang, '@value': translator(lang)('catalogue.dcat.atom') }],
              `${origin}/${lang}/cases.atom`,
              'ATOM',
              'application/atom+xml',
            ),
          ),
        ],
      },
    ],
  };
}
