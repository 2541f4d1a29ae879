import type { MessagesOf } from '../../../web/i18n/messages.ts';

/** English messages of the tenancy domain. The keys are the contract: sv and nb have exactly these. */
export const en = {
  'tenancy.municipalities.title': 'Municipalities',
  'tenancy.municipalities.lead': 'All municipalities of Sweden and Norway, grouped by county.',
  'tenancy.municipalities.search': 'Search by name',
  'tenancy.municipalities.searchButton': 'Search',
  'tenancy.municipalities.country': 'Country',
  'tenancy.municipalities.allCountries': 'All countries',
  'tenancy.municipalities.results': '{count} municipalities',
  'tenancy.municipalities.noResults': 'No municipality matches “{q}”.',
  'tenancy.municipalities.countyCount': '{count} municipalities',
  'tenancy.municipality.code': 'Municipality code',
  'tenancy.municipality.county': 'County',
  'tenancy.municipality.country': 'Country',
  'tenancy.municipality.departments': 'Departments',
  'tenancy.municipality.noDepartments': 'No departments have been added yet.',
  'tenancy.municipality.demo':
    'Demo content: the departments and accounts of this municipality are examples, not real data.',
  'tenancy.municipality.admin': 'Administration',
  'tenancy.municipality.adminRoles': 'Roles and access',
  'tenancy.municipality.adminAudit': 'Audit log',
  'tenancy.municipality.adminLogin': 'Login with OpenID Connect',
  'tenancy.municipality.yourRoles': 'Your roles here',
  'tenancy.municipality.loginWithIdp': 'Log in with {name}’s login service',
  'tenancy.municipality.addDepartment': 'Add department',
  'tenancy.municipality.departmentName': 'Name of the department',
  'tenancy.municipality.departmentAdded': 'The department was added.',
  'tenancy.country.SE': 'Sweden',
  'tenancy.country.NO': 'Norway',
  'tenancy.audit.department.create': 'Department added',
  'tenancy.municipality.decisions': 'Decisions',
  'tenancy.nav.overview': 'Overview',
  'tenancy.nav.municipalities': 'Municipalities',
} as const;

declare module '../../../web/i18n/messages.ts' {
  interface Messages extends MessagesOf<typeof en> {}
}
