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
  'dashboards.key.goals': 'mål är i fas',
  'dashboards.key.initiatives': 'satsningar är i pilot eller uppskalning',
  'dashboards.key.realised':
    'realiserad nytta hittills, mot {planned} {currency} planerat till och med {year}',
  'dashboards.key.realisedNoPlan':
    'realiserad nytta hittills; ingen nytta i pengar var planerad till och med {year}',
  'dashboards.key.noMeasurement': 'Inget uppmätt än',
  'dashboards.key.cost': 'total kostnad för portföljen, alla år',
  'dashboards.key.noCost': 'Inga kostnader angivna',
  'dashboards.key.npv': 'nettonuvärde för den planerade portföljen med kalkylräntan {rate} %',
  'dashboards.key.noNpv': 'Kan inte beräknas',
  'dashboards.empty': 'Inget att visa än.',
  'dashboards.goalsHeading': 'Mål efter status',
  'dashboards.goalRule':
    'Så avgörs ett måls status: varje indikators senaste mätning jämförs med en rak linje från utgångsvärdet till målvärdet på mätningens datum. Den är i fas när den ligger högst {onTrack} procentenheter efter linjen, i riskzonen upp till {atRisk} procentenheter efter och ur fas längre efter. Ett mål får den sämsta statusen bland sina uppmätta indikatorer; ett mål utan någon uppmätt indikator har okänd status.',
  'dashboards.goalsList': 'Varje mål och dess status',
  'dashboards.goal': 'Mål',
  'dashboards.status': 'Status',
  'dashboards.count': 'Antal',
  'dashboards.status.on-track': 'I fas',
  'dashboards.status.at-risk': 'I riskzonen',
  'dashboards.status.off-track': 'Ur fas',
  'dashboards.status.unknown': 'Okänd (ingen mätning)',
  'dashboards.stagesHeading': 'Satsningar efter fas',
  'dashboards.stagesTotal': '{count} satsningar totalt.',
  'dashboards.stage': 'Fas',
  'dashboards.departmentsHeading': 'Satsningar efter verksamhet och fas',
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
    'Så räknas beloppen: pengar = värde × pengar per enhet för varje nytta som har ett pengavärde (negativa nyttor räknas negativt); frigjord tid = värdena för nyttor av typen frigjord tid i timmar. Planerade värden är de planerade årsvärdena; ett års realiserade värde är nyttans senaste mätning det året, på eller efter utgångsdatumet. Kostnad är investering plus driftkostnad. Stoppade satsningar räknas inte i kostnader och planerad nytta; det de hann realisera räknas. Ett år utan värde syns som ett avbrott i linjen och ”–” i tabellen, aldrig som 0; mätningar daterade efter i dag räknas inte.',
  'dashboards.calculus':
    'Den planerade portföljen som en nyttokalkyl med kalkylräntan {rate} %: nettonuvärde {npv} {currency}, nytta/kostnad {ratio}, återbetalningsår {payback}.',
  'dashboards.none': 'inget',
  'dashboards.departmentLinks': 'Verksamheternas översikter',
  'dashboards.backToLeadership': 'Tillbaka till ledningens översikt',
  'dashboards.audit.demo.steering-seed': 'Demoinnehåll för styrning tillagt',
};
