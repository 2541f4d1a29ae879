import type { MessagesOf } from '../../../web/i18n/messages.ts';

/** English messages of the tenancy domain. The keys are the contract: sv and nb have exactly these. */
export const en = {
  'tenancy.municipalities.title': 'Municipalities',
  'tenancy.municipalities.lead': 'All municipalities of Sweden and Norway, grouped by county.',
  'tenancy.municipalities.search': 'Search by name',
  'tenancy.municipalities.searchButton': 'Search',
  'tenancy.municipalities.country': 'Country',
  'tenancy.municipalities.allCountries': 'All countries',
  'tenancy.municipalities.results':
    '{count, plural, one {# municipality} other {# municipalities}}',
  'tenancy.municipalities.noResults': 'No municipality matches “{q}”.',
  'tenancy.municipality.code': 'Municipality code',
  'tenancy.municipality.countySE': 'County',
  'tenancy.municipality.countyNO': 'County',
  'tenancy.municipality.country': 'Country',
  'tenancy.municipality.departments': 'Departments',
  'tenancy.municipality.noDepartments': 'No departments have been added yet.',
  'tenancy.municipality.demo':
    'Demo content: the departments and accounts of this municipality are examples, not real data.',
  'tenancy.municipality.admin': 'Administration',
  'tenancy.municipality.adminRoles': 'Roles and access',
  'tenancy.municipality.adminAudit': 'Audit log',
  'tenancy.municipality.adminLogin': 'Login with OpenID Connect',
  'tenancy.municipality.adminBranding': 'Logo and colour',
  'tenancy.municipality.yourRoles': 'Your roles here',
  'tenancy.municipality.loginWithIdp': 'Log in with {name}’s login service',
  'tenancy.municipality.addDepartment': 'Add department',
  'tenancy.municipality.departmentName': 'Name of the department',
  'tenancy.municipality.departmentAdded': 'The department was added.',
  'tenancy.branding.title': 'Logo and colour',
  'tenancy.branding.lead':
    'The municipality’s logo is shown beside its name at the top of all its pages, and its colour is used for the top bar and for links.',
  'tenancy.branding.current': 'Now',
  'tenancy.branding.noLogo': 'No logo yet.',
  'tenancy.branding.defaultColour': 'Samskap’s own colour.',
  'tenancy.branding.currentColour': 'Colour {colour}, contrast {ratio}:1 against white.',
  'tenancy.branding.accentColour': 'Colour',
  'tenancy.branding.accentColourHint':
    'A hex colour code such as #0b5394. Its contrast against white must be at least 4.5:1 (WCAG 2.1 AA), so that white text on it and links in it can be read. Leave empty for Samskap’s own colour.',
  'tenancy.branding.logo': 'Logo',
  'tenancy.branding.logoHint':
    'A PNG or SVG file of at most 100 KB. An SVG file may only hold the picture itself: no scripts, no links to other files and no embedded web content.',
  'tenancy.branding.removeLogo': 'Remove the logo',
  'tenancy.branding.submit': 'Save',
  'tenancy.branding.saved': 'The logo and colour were saved.',
  'tenancy.branding.error.colourFormat':
    'Enter the colour as # and six hex digits, such as #0b5394.',
  'tenancy.branding.error.contrast':
    'The colour is too light: its contrast against white must be at least 4.5:1. Choose a darker shade.',
  'tenancy.branding.error.logoTooLarge': 'The logo is larger than 100 KB.',
  'tenancy.branding.error.logoType': 'The logo must be a PNG or SVG file.',
  'tenancy.branding.error.logoUnsafe':
    'The SVG file contains scripts, links to other files or embedded web content. Save it as a plain drawing, or as PNG.',
  'tenancy.branding.error.logoDimensions': 'The logo may be at most 2000 pixels wide and high.',
  'tenancy.country.SE': 'Sweden',
  'tenancy.country.NO': 'Norway',
  'tenancy.audit.department.create': 'Department added',
  'tenancy.audit.municipality.branding': 'Logo and colour changed',
  'tenancy.municipality.decisions': 'Decisions',
  'tenancy.nav.overview': 'Overview',
  'tenancy.nav.branding': 'Logo and colour',
  'tenancy.nav.municipalities': 'Municipalities',
  'tenancy.start.leadSE': '{name} is a municipality in {county}.',
  'tenancy.start.leadNO': '{name} is a municipality in {county}.',
  'tenancy.start.yourRoles': 'Your roles here: {roles}.',
  'tenancy.start.tasks': 'Your tasks',
  'tenancy.start.noTasks': 'Nothing is waiting for you right now.',
} as const;

declare module '../../../web/i18n/messages.ts' {
  interface Messages extends MessagesOf<typeof en> {}
}
