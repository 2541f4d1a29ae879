import type { MessagesOf } from '../../../../web/i18n/messages.ts';

/** English messages of the dashboards domain. The keys are the contract: sv and nb have exactly these. */
export const en = {
  'dashboards.title': 'Leadership dashboard – {name}',
  'dashboards.departmentTitle': 'Dashboard for {department} – {name}',
  'dashboards.lead':
    'Where the steering stands: goals, initiatives, benefits and costs of the whole municipality. Every chart has its numbers in a table beside it; on a phone, open “Show the numbers” under the chart.',
  'dashboards.departmentLead':
    'The same picture for one department: its own goals and the initiatives it owns. Every chart has its numbers in a table beside it; on a phone, open “Show the numbers” under the chart.',
  'dashboards.chartDesc': 'The table that goes with the chart gives the same numbers.',
  'dashboards.key.heading': 'In brief',
  'dashboards.key.ofTotal': '{count} of {total}',
  'dashboards.key.amount': '{amount} {currency}',
  'dashboards.key.goals': 'goals are on track',
  'dashboards.key.initiatives': 'initiatives are in pilot or scaling',
  'dashboards.key.realised':
    'realised benefit so far, against {planned} {currency} planned up to and including {year}',
  'dashboards.key.realisedNoPlan':
    'realised benefit so far; no benefit in money was planned up to and including {year}',
  'dashboards.key.noMeasurement': 'Nothing measured yet',
  'dashboards.key.cost': 'total cost of the portfolio, all years',
  'dashboards.key.noCost': 'No costs entered',
  'dashboards.key.npv': 'net present value of the planned portfolio at a {rate} % discount rate',
  'dashboards.key.noNpv': 'Cannot be computed',
  'dashboards.empty': 'Nothing to show yet.',
  'dashboards.goalsHeading': 'Goals by status',
  'dashboards.goalRule':
    'How a goal’s status is decided: each indicator’s latest measurement is compared with a straight line from its baseline to its target on the date of the measurement. It is on track when it is at most {onTrack, plural, one {# percentage point} other {# percentage points}} behind that line, at risk up to {atRisk, plural, one {# point} other {# points}} behind, and off track further behind. A goal takes the worst status of its measured indicators; a goal without any measured indicator is unknown.',
  'dashboards.goalsList': 'Each goal and its status',
  'dashboards.goal': 'Goal',
  'dashboards.status': 'Status',
  'dashboards.count': 'Number',
  'dashboards.status.on-track': 'On track',
  'dashboards.status.at-risk': 'At risk',
  'dashboards.status.off-track': 'Off track',
  'dashboards.status.unknown': 'Unknown (no measurement)',
  'dashboards.stagesHeading': 'Initiatives by stage',
  'dashboards.stagesTotal': '{count, plural, one {# initiative} other {# initiatives}} in all.',
  'dashboards.stage': 'Stage',
  'dashboards.departmentsHeading': 'Initiatives by department and stage',
  'dashboards.department': 'Department',
  'dashboards.total': 'Total',
  'dashboards.moneyHeading': 'Planned and realised benefits in money ({currency})',
  'dashboards.hoursHeading': 'Planned and realised freed time (hours)',
  'dashboards.costHeading': 'Cost against benefit per year ({currency})',
  'dashboards.year': 'Year',
  'dashboards.planned': 'Planned',
  'dashboards.realised': 'Realised',
  'dashboards.cost': 'Cost',
  'dashboards.investment': 'Investment',
  'dashboards.running': 'Running cost',
  'dashboards.plannedBenefit': 'Planned benefit',
  'dashboards.realisedBenefit': 'Realised benefit',
  'dashboards.net': 'Planned net',
  'dashboards.benefitRule':
    'How the amounts are made: money = value × money per unit for every benefit that has a money value (dis-benefits count negative); freed time = the values of freed-time benefits in hours. Planned values are the yearly planned values; the realised value of a year is the benefit’s latest measurement in that year on or after its baseline date. Costs are investment plus running cost. Stopped initiatives are left out of costs and planned benefits; what they realised before stopping still counts. A year without a value is a gap in the line and “–” in the table, never 0; measurements dated after today do not count.',
  'dashboards.calculus':
    'The planned portfolio as one benefit calculus at a discount rate of {rate} %: net present value {npv} {currency}, benefit/cost ratio {ratio}, payback year {payback}.',
  'dashboards.none': 'none',
  'dashboards.departmentLinks': 'Department dashboards',
  'dashboards.backToLeadership': 'Back to the leadership dashboard',
  'dashboards.audit.demo.steering-seed': 'Steering demo content added',
  'dashboards.audit.demo.steering-generate': 'Generated steering content added',
} as const;

declare module '../../../../web/i18n/messages.ts' {
  interface Messages extends MessagesOf<typeof en> {}
}
