import type { en } from './en.ts';

/** Norwegian bokmål messages of the tenancy domain. */
export const nb: Record<keyof typeof en, string> = {
  'tenancy.municipalities.title': 'Kommuner',
  'tenancy.municipalities.lead': 'Alle kommuner i Norge og Sverige, ordnet etter fylke og län.',
  'tenancy.municipalities.search': 'Søk etter navn',
  'tenancy.municipalities.searchButton': 'Søk',
  'tenancy.municipalities.country': 'Land',
  'tenancy.municipalities.allCountries': 'Alle land',
  'tenancy.municipalities.results': '{count, plural, one {# kommune} other {# kommuner}}',
  'tenancy.municipalities.noResults': 'Ingen kommune har «{q}» i navnet.',
  'tenancy.municipality.code': 'Kommunenummer',
  'tenancy.municipality.countySE': 'Län',
  'tenancy.municipality.countyNO': 'Fylke',
  'tenancy.municipality.country': 'Land',
  'tenancy.municipality.departments': 'Virksomheter',
  'tenancy.municipality.noDepartments': 'Ingen virksomheter er lagt til ennå.',
  'tenancy.municipality.demo':
    'Demoinnhold: virksomhetene og kontoene i denne kommunen er eksempler, ikke ekte data.',
  'tenancy.municipality.admin': 'Administrasjon',
  'tenancy.municipality.adminRoles': 'Roller og tilganger',
  'tenancy.municipality.adminAudit': 'Hendelseslogg',
  'tenancy.municipality.adminLogin': 'Innlogging med OpenID Connect',
  'tenancy.municipality.adminBranding': 'Logo og farge',
  'tenancy.municipality.yourRoles': 'Dine roller her',
  'tenancy.municipality.loginWithIdp': 'Logg inn med innloggingen til {name}',
  'tenancy.municipality.addDepartment': 'Legg til virksomhet',
  'tenancy.municipality.departmentName': 'Virksomhetens navn',
  'tenancy.municipality.departmentAdded': 'Virksomheten ble lagt til.',
  'tenancy.branding.title': 'Logo og farge',
  'tenancy.branding.lead':
    'Kommunens logo vises ved siden av navnet øverst på alle sidene til kommunen. Fargen brukes i toppfeltet og på lenker.',
  'tenancy.branding.current': 'Nå',
  'tenancy.branding.noLogo': 'Ingen logo ennå.',
  'tenancy.branding.defaultColour': 'Samskaps egen farge.',
  'tenancy.branding.currentColour': 'Farge {colour}, kontrast {ratio}:1 mot hvitt.',
  'tenancy.branding.accentColour': 'Farge',
  'tenancy.branding.accentColourHint':
    'En heksadesimal fargekode, for eksempel #0b5394. Kontrasten mot hvitt må være minst 4,5:1 (WCAG 2.1 AA), slik at hvit tekst på fargen og lenker i fargen kan leses. La feltet stå tomt for å bruke Samskaps farge.',
  'tenancy.branding.logo': 'Logo',
  'tenancy.branding.logoHint':
    'En PNG- eller SVG-fil på høyst 100 kB. En SVG-fil kan bare inneholde selve bildet: ingen skript, ingen lenker til andre filer og ikke noe innebygd nettinnhold.',
  'tenancy.branding.removeLogo': 'Fjern logoen',
  'tenancy.branding.submit': 'Lagre',
  'tenancy.branding.saved': 'Logoen og fargen er lagret.',
  'tenancy.branding.error.colourFormat':
    'Skriv fargen som # og seks heksadesimale tegn, for eksempel #0b5394.',
  'tenancy.branding.error.contrast':
    'Fargen er for lys: kontrasten mot hvitt må være minst 4,5:1. Velg en mørkere nyanse.',
  'tenancy.branding.error.logoTooLarge': 'Logoen er større enn 100 kB.',
  'tenancy.branding.error.logoType': 'Logoen må være en PNG- eller SVG-fil.',
  'tenancy.branding.error.logoUnsafe':
    'SVG-filen inneholder skript, lenker til andre filer eller innebygd nettinnhold. Lagre den som et rent bilde eller som PNG.',
  'tenancy.branding.error.logoDimensions': 'Logoen kan være høyst 2000 piksler bred og høy.',
  'tenancy.country.SE': 'Sverige',
  'tenancy.country.NO': 'Norge',
  'tenancy.audit.department.create': 'Virksomhet lagt til',
  'tenancy.audit.municipality.branding': 'Logo og farge endret',
  'tenancy.municipality.decisions': 'Vedtak',
  'tenancy.nav.overview': 'Oversikt',
  'tenancy.nav.branding': 'Logo og farge',
  'tenancy.nav.municipalities': 'Kommuner',
};
