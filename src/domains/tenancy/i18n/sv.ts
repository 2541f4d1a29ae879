import type { en } from './en.ts';

/** Swedish messages of the tenancy domain. */
export const sv: Record<keyof typeof en, string> = {
  'tenancy.municipalities.title': 'Kommuner',
  'tenancy.municipalities.lead': 'Alla kommuner i Sverige och Norge, ordnade efter län och fylke.',
  'tenancy.municipalities.search': 'Sök på namn',
  'tenancy.municipalities.searchButton': 'Sök',
  'tenancy.municipalities.country': 'Land',
  'tenancy.municipalities.allCountries': 'Alla länder',
  'tenancy.municipalities.results': '{count, plural, one {# kommun} other {# kommuner}}',
  'tenancy.municipalities.noResults': 'Ingen kommun har ”{q}” i namnet.',
  'tenancy.municipality.code': 'Kommunkod',
  'tenancy.municipality.countySE': 'Län',
  'tenancy.municipality.countyNO': 'Fylke',
  'tenancy.municipality.country': 'Land',
  'tenancy.municipality.departments': 'Verksamheter',
  'tenancy.municipality.noDepartments': 'Inga verksamheter har lagts till ännu.',
  'tenancy.municipality.demo':
    'Demoinnehåll: verksamheterna och kontona i den här kommunen är exempel, inte verkliga uppgifter.',
  'tenancy.municipality.admin': 'Administration',
  'tenancy.municipality.adminRoles': 'Roller och behörigheter',
  'tenancy.municipality.adminAudit': 'Händelselogg',
  'tenancy.municipality.adminLogin': 'Inloggning med OpenID Connect',
  'tenancy.municipality.adminBranding': 'Logotyp och färg',
  'tenancy.municipality.yourRoles': 'Dina roller här',
  'tenancy.municipality.loginWithIdp': 'Logga in med {name}s inloggning',
  'tenancy.municipality.addDepartment': 'Lägg till verksamhet',
  'tenancy.municipality.departmentName': 'Verksamhetens namn',
  'tenancy.municipality.departmentAdded': 'Verksamheten lades till.',
  'tenancy.branding.title': 'Logotyp och färg',
  'tenancy.branding.lead':
    'Kommunens logotyp visas bredvid namnet överst på alla kommunens sidor. Färgen används i sidhuvudet och för länkar.',
  'tenancy.branding.current': 'Just nu',
  'tenancy.branding.noLogo': 'Ingen logotyp ännu.',
  'tenancy.branding.defaultColour': 'Samskaps egen färg.',
  'tenancy.branding.currentColour': 'Färg {colour}, kontrast {ratio}:1 mot vitt.',
  'tenancy.branding.accentColour': 'Färg',
  'tenancy.branding.accentColourHint':
    'En hexadecimal färgkod, till exempel #0b5394. Kontrasten mot vitt måste vara minst 4,5:1 (WCAG 2.1 AA), så att vit text på färgen och länkar i färgen går att läsa. Lämna fältet tomt för att använda Samskaps färg.',
  'tenancy.branding.logo': 'Logotyp',
  'tenancy.branding.logoHint':
    'En PNG- eller SVG-fil på högst 100 kB. En SVG-fil får bara innehålla själva bilden: inga skript, inga länkar till andra filer och inget inbäddat webbinnehåll.',
  'tenancy.branding.removeLogo': 'Ta bort logotypen',
  'tenancy.branding.submit': 'Spara',
  'tenancy.branding.saved': 'Logotypen och färgen har sparats.',
  'tenancy.branding.error.colourFormat':
    'Ange färgen som # följt av sex hexadecimala tecken, till exempel #0b5394.',
  'tenancy.branding.error.contrast':
    'Färgen är för ljus: kontrasten mot vitt måste vara minst 4,5:1. Välj en mörkare nyans.',
  'tenancy.branding.error.logoTooLarge': 'Logotypen är större än 100 kB.',
  'tenancy.branding.error.logoType': 'Logotypen måste vara en PNG- eller SVG-fil.',
  'tenancy.branding.error.logoUnsafe':
    'SVG-filen innehåller skript, länkar till andra filer eller inbäddat webbinnehåll. Spara den som en ren bild eller som PNG.',
  'tenancy.branding.error.logoDimensions': 'Logotypen får vara högst 2000 pixlar bred och hög.',
  'tenancy.country.SE': 'Sverige',
  'tenancy.country.NO': 'Norge',
  'tenancy.audit.department.create': 'Verksamhet tillagd',
  'tenancy.audit.municipality.branding': 'Logotyp och färg ändrade',
  'tenancy.municipality.decisions': 'Beslut',
  'tenancy.nav.overview': 'Översikt',
  'tenancy.nav.branding': 'Logotyp och färg',
  'tenancy.nav.municipalities': 'Kommuner',
};
