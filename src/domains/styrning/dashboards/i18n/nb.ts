import type { en } from './en.ts';

/** Norwegian bokmål messages of the dashboards domain. */
export const nb: Record<keyof typeof en, string> = {
  'dashboards.title': 'Ledelsens oversikt – {name}',
  'dashboards.departmentTitle': 'Oversikt for {department} – {name}',
  'dashboards.lead':
    'Hvor styringen står: mål, satsinger, gevinster og kostnader for hele kommunen. Hvert diagram har tallene sine i en tabell ved siden av; på mobil åpner du «Vis tallene» under diagrammet.',
  'dashboards.departmentLead':
    'Det samme bildet for én virksomhet: dens egne mål og satsingene den eier. Hvert diagram har tallene sine i en tabell ved siden av; på mobil åpner du «Vis tallene» under diagrammet.',
  'dashboards.chartDesc': 'Tabellen som hører til diagrammet, gir de samme tallene.',
  'dashboards.key.heading': 'Kort fortalt',
  'dashboards.key.ofTotal': '{count} av {total}',
  'dashboards.key.amount': '{amount} {currency}',
  'dashboards.key.goals': 'mål er i rute',
  'dashboards.key.initiatives': 'satsinger er i pilot eller oppskalering',
  'dashboards.key.realised':
    'realisert gevinst så langt, mot {planned} {currency} planlagt til og med {year}',
  'dashboards.key.realisedNoPlan':
    'realisert gevinst så langt; ingen gevinst i kroner var planlagt til og med {year}',
  'dashboards.key.noMeasurement': 'Ingenting målt ennå',
  'dashboards.key.cost': 'samlet kostnad for porteføljen, alle år',
  'dashboards.key.noCost': 'Ingen kostnader lagt inn',
  'dashboards.key.npv':
    'netto nåverdi for den planlagte porteføljen med kalkulasjonsrente på {rate} %',
  'dashboards.key.noNpv': 'Kan ikke beregnes',
  'dashboards.empty': 'Ingenting å vise ennå.',
  'dashboards.goalsHeading': 'Mål etter status',
  'dashboards.goalRule':
    'Slik avgjøres statusen for et mål: den siste målingen for hver indikator sammenlignes med en rett linje fra utgangsverdien til målverdien på datoen for målingen. Indikatoren er I rute når den ligger høyst {onTrack, plural, other {# prosentpoeng}} bak linjen, har Fare for avvik opptil {atRisk, plural, other {# prosentpoeng}} bak, og er Bak plan når den ligger lenger bak. Et mål får den dårligste statusen blant de målte indikatorene sine. Et mål uten målte indikatorer har ukjent status.',
  'dashboards.goalsList': 'Hvert mål og dets status',
  'dashboards.goal': 'Mål',
  'dashboards.status': 'Status',
  'dashboards.count': 'Antall',
  'dashboards.status.on-track': 'I rute',
  'dashboards.status.at-risk': 'Fare for avvik',
  'dashboards.status.off-track': 'Bak plan',
  'dashboards.status.unknown': 'Ukjent (ingen måling)',
  'dashboards.stagesHeading': 'Satsinger etter fase',
  'dashboards.stagesTotal': '{count, plural, one {# satsing} other {# satsinger}} i alt.',
  'dashboards.stage': 'Fase',
  'dashboards.departmentsHeading': 'Satsinger etter virksomhet og fase',
  'dashboards.department': 'Virksomhet',
  'dashboards.total': 'Totalt',
  'dashboards.moneyHeading': 'Planlagte og realiserte gevinster i penger ({currency})',
  'dashboards.hoursHeading': 'Planlagt og realisert frigjort tid (timer)',
  'dashboards.costHeading': 'Kostnad mot gevinst per år ({currency})',
  'dashboards.year': 'År',
  'dashboards.planned': 'Planlagt',
  'dashboards.realised': 'Realisert',
  'dashboards.cost': 'Kostnad',
  'dashboards.investment': 'Investering',
  'dashboards.running': 'Driftskostnad',
  'dashboards.plannedBenefit': 'Planlagt gevinst',
  'dashboards.realisedBenefit': 'Realisert gevinst',
  'dashboards.net': 'Planlagt netto',
  'dashboards.benefitRule':
    'Slik regnes beløpene: penger = verdi × kroner per enhet for hver gevinst som har en verdi i kroner (ulemper teller negativt). Frigjort tid = verdiene for gevinster av typen frigjort tid, i timer. Planlagte verdier er de planlagte årsverdiene. Et års realiserte verdi er gevinstens siste måling det året, på eller etter utgangsdatoen. Kostnad er investering pluss driftskostnad. Stoppede satsinger regnes ikke med i kostnader og planlagte gevinster, men det de rakk å realisere, teller. Et år uten verdi vises som et brudd i linjen og «–» i tabellen, aldri som 0. Målinger med dato etter i dag teller ikke.',
  'dashboards.calculus':
    'Den planlagte porteføljen som én gevinstkalkyle med kalkulasjonsrente på {rate} %: netto nåverdi {npv} {currency}, nytte/kostnad {ratio}, tilbakebetalingsår {payback}.',
  'dashboards.none': 'ingen',
  'dashboards.departmentLinks': 'Virksomhetenes oversikter',
  'dashboards.backToLeadership': 'Tilbake til ledelsens oversikt',
  'dashboards.audit.demo.steering-seed': 'Demoinnhold for styring lagt til',
  'dashboards.audit.demo.steering-generate': 'Generert innhold for styring lagt til',
};
