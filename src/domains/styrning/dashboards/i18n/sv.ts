import type { en } from './en.ts';

/** Swedish messages of the dashboards domain. */
export const sv: Record<keyof typeof en, string> = {
  'dashboards.title': 'Ledningens översikt – {name}',
  'dashboards.departmentTitle': 'Översikt för {department} – {name}',
  'dashboards.lead':
    'Var styrningen står: mål, satsningar, nyttor och kostnader för hela kommunen. Varje diagram har sina siffror i en tabell bredvid; på mobilen öppnar du ”Visa siffrorna” under diagrammet.',
  'dashboards.departmentLead':
    'Samma bild för en verksamhet: dess egna mål och de satsningar den äger. Varje diagram har sina siffror i en tabell bredvid; på mobilen öppnar du ”Visa siffrorna” under diagrammet.',
  'dashboards.chartDesc': 'Tabellen som hör till diagrammet ger samma siffror.',
  'dashboards.key.heading': 'I korthet',
  'dashboards.key.ofTotal': '{count} av {total}',
  'dashboards.key.amount': '{amount} {currency}',
  'dashboards.key.goals': 'mål är enligt plan',
  'dashboards.key.initiatives': 'satsningar är i pilot eller uppskalning',
  'dashboards.key.realised':
    'realiserad nytta hittills, mot {planned} {currency} planerat till och med {year}',
  'dashboards.key.realisedNoPlan':
    'realiserad nytta hittills; ingen nytta i pengar var planerad till och med {year}',
  'dashboards.key.noMeasurement': 'Inget uppmätt ännu',
  'dashboards.key.cost': 'total kostnad för portföljen, alla år',
  'dashboards.key.noCost': 'Inga kostnader angivna',
  'dashboards.key.npv': 'nettonuvärde för den planerade portföljen med kalkylräntan {rate} %',
  'dashboards.key.noNpv': 'Kan inte beräknas',
  'dashboards.empty': 'Inget att visa ännu.',
  'dashboards.goalsHeading': 'Mål efter status',
  'dashboards.goalRule':
    'Så avgörs ett måls status: varje indikators senaste mätning jämförs med en rak linje från utgångsvärdet till målvärdet på mätningens datum. Indikatorn är Enligt plan när den ligger högst {onTrack, plural, one {# procentenhet} other {# procentenheter}} efter linjen, har Risk för avvikelse upp till {atRisk, plural, one {# procentenhet} other {# procentenheter}} efter och är Efter plan när den ligger längre efter. Ett mål får den sämsta statusen bland sina uppmätta indikatorer. Ett mål utan uppmätta indikatorer har okänd status.',
  'dashboards.goalsList': 'Varje mål och dess status',
  'dashboards.goal': 'Mål',
  'dashboards.status': 'Status',
  'dashboards.count': 'Antal',
  'dashboards.status.on-track': 'Enligt plan',
  'dashboards.status.at-risk': 'Risk för avvikelse',
  'dashboards.status.off-track': 'Efter plan',
  'dashboards.status.unknown': 'Okänd (ingen mätning)',
  'dashboards.stagesHeading': 'Satsningar efter skede',
  'dashboards.stagesTotal': '{count, plural, one {# satsning} other {# satsningar}} totalt.',
  'dashboards.stage': 'Skede',
  'dashboards.departmentsHeading': 'Satsningar efter verksamhet och skede',
  'dashboards.department': 'Verksamhet',
  'dashboards.total': 'Totalt',
  'dashboards.moneyHeading': 'Planerad och realiserad nytta i pengar ({currency})',
  'dashboards.hoursHeading': 'Planerad och realiserad frigjord tid (timmar)',
  'dashboards.costHeading': 'Kostnad mot nytta per år ({currency})',
  'dashboards.year': 'År',
  'dashboards.planned': 'Planerad',
  'dashboards.realised': 'Realiserad',
  'dashboards.cost': 'Kostnad',
  'dashboards.investment': 'Investering',
  'dashboards.running': 'Driftkostnad',
  'dashboards.plannedBenefit': 'Planerad nytta',
  'dashboards.realisedBenefit': 'Realiserad nytta',
  'dashboards.net': 'Planerat netto',
  'dashboards.benefitRule':
    'Så räknas beloppen: pengar = värde × pengar per enhet för varje nytta som har ett värde i pengar (negativa effekter räknas negativt). Frigjord tid = värdena för nyttor av typen frigjord tid, i timmar. Planerade värden är de planerade årsvärdena. Ett års utfall är nyttans senaste mätning det året, på eller efter utgångsdatumet. Kostnad är investering plus driftkostnad. Stoppade satsningar räknas inte i kostnader och planerade nyttor, men det de hann realisera räknas. Ett år utan värde syns som ett avbrott i linjen och ”–” i tabellen, aldrig som 0. Mätningar med ett datum efter i dag räknas inte.',
  'dashboards.calculus':
    'Den planerade portföljen som en nyttokalkyl med kalkylräntan {rate} %: nettonuvärde {npv} {currency}, nytta/kostnad {ratio}, återbetalningsår {payback}.',
  'dashboards.none': 'inget',
  'dashboards.departmentLinks': 'Verksamheternas översikter',
  'dashboards.backToLeadership': 'Tillbaka till ledningens översikt',
  'dashboards.audit.demo.steering-seed': 'Demoinnehåll för styrning tillagt',
};
