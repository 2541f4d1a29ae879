import type { MessagesOf } from '../../../../web/i18n/messages.ts';

/** English messages of the case catalogue's open data and the software descriptions of cases. */
export const en = {
  'catalogue.openData.heading': 'Open data',
  'catalogue.openData.csv': 'Download these cases as CSV',
  'catalogue.openData.feed': 'Follow new and updated cases (Atom feed)',
  'catalogue.openData.dcat': 'Description for data portals (DCAT-AP)',
  'catalogue.openData.api': 'The cases in the API',
  'catalogue.feed.title': 'Shared cases in Samskap',
  'catalogue.feed.subtitle':
    'New and updated cases that municipalities in Sweden and Norway share with each other.',
  'catalogue.dcat.title': 'Samskap’s catalogue of shared cases',
  'catalogue.dcat.description':
    'Open data on what municipalities in Sweden and Norway have built, what it delivered and who reuses it.',
  'catalogue.dcat.publisher': 'Samskap',
  'catalogue.dcat.datasetTitle': 'Shared cases',
  'catalogue.dcat.datasetDescription':
    'Every published case: the need, the solution, results, lessons, the municipality, its service, links to licence and source code, and when it was last updated.',
  'catalogue.dcat.json': 'The cases as JSON (API)',
  'catalogue.dcat.csv': 'The cases as CSV',
  'catalogue.dcat.atom': 'New and updated cases as an Atom feed',
  'catalogue.publiccode.link': 'Describe the software (publiccode.yml)',
  'catalogue.publiccode.title': 'Describe the software with publiccode.yml',
  'catalogue.publiccode.lead':
    'publiccode.yml is a file in the repository that describes the software for other public bodies. Paste its contents or choose the file, and the case shows its name, description, version, licence, maintenance and platforms.',
  'catalogue.publiccode.source': 'Source code of the case:',
  'catalogue.publiccode.text': 'Contents of publiccode.yml',
  'catalogue.publiccode.textHint': 'Paste the whole file, or leave this empty and choose the file.',
  'catalogue.publiccode.file': 'Or choose the file',
  'catalogue.publiccode.submit': 'Read and show on the case',
  'catalogue.publiccode.back': 'Back to the case',
  'catalogue.publiccode.heading': 'About the software',
  'catalogue.publiccode.name': 'Name',
  'catalogue.publiccode.description': 'Description',
  'catalogue.publiccode.version': 'Version',
  'catalogue.publiccode.licence': 'Licence',
  'catalogue.publiccode.maintenance': 'Maintenance',
  'catalogue.publiccode.platforms': 'Platforms',
  'catalogue.publiccode.readOn': 'From the repository’s publiccode.yml, read on {date}.',
  'catalogue.publiccode.maintenance.internal': 'By the municipality itself',
  'catalogue.publiccode.maintenance.contract': 'By a supplier under contract',
  'catalogue.publiccode.maintenance.community': 'By a community',
  'catalogue.publiccode.maintenance.none': 'Not maintained',
  'catalogue.publiccode.error.empty': 'Paste the contents of publiccode.yml or choose the file.',
  'catalogue.publiccode.error.tooLarge':
    'The file is larger than 64 kB. Choose publiccode.yml itself.',
  'catalogue.publiccode.error.encoding':
    'The file is not UTF-8 text. Save publiccode.yml as UTF-8 and choose it again.',
  'catalogue.publiccode.error.yaml':
    'The file could not be read as YAML (line {line}). Check the indentation and that each key ends with a colon.',
  'catalogue.publiccode.error.shape':
    'The file must describe the software with keys and values, such as name: and description:.',
  'catalogue.publiccode.error.missing': 'The file does not give {field}, which is required.',
  'catalogue.publiccode.error.text': '{field} must be a short text.',
  'catalogue.publiccode.error.list': '{field} must be a list of short texts.',
  'catalogue.publiccode.error.maintenanceType':
    'maintenance.type must be one of internal, contract, community or none.',
  'catalogue.publiccode.error.noSource':
    'The case does not link any source code. Add the address of the source code to the case first.',
  'catalogue.done.publiccodeSaved': 'The software description is shown on the case.',
  'catalogue.audit.publiccode.save': 'Read publiccode.yml for a shared case',
} as const;

declare module '../../../../web/i18n/messages.ts' {
  interface Messages extends MessagesOf<typeof en> {}
}
