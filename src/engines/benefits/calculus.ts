import { type InvalidInput, invalidInput } from '../../vocabulary/issues.ts';
import { DEFAULT_DISCOUNT_RATE, PAYBACK_TOLERANCE } from './limits.ts';
import { sensitivityTable } from './sensitivity.ts';
import type {
  Calculus,
  CalculusInput,
  CalculusResponse,
  CalculusYear,
  DiscountedYear,
} from './types.ts';
import { type BenefitIssueCode, validateCalculusInput } from './validate.ts';

/** Nominal cost and money-valued benefit per year of the horizon, t₀ first. */
function nominalYears(input: CalculusInput): CalculusYear[] {
  const years: CalculusYear[] = [];
  for (let y = input.startYear; y <= input.endYear; y++) {
    years.push({ year: y, cost: 0, benefit: 0, net: 0 });
  }
  const at = (year: number) => years[year - input.startYear] as CalculusYear;
  for (const c of input.costs) at(c.year).cost += c.investment + c.running;
  for (const b of input.benefits) {
    if (b.moneyValuePerUnit === null) continue;
    const sign = b.effect === 'dis-benefit' ? -1 : 1;
    for (const p of b.planned) at(p.year).benefit += sign * b.moneyValuePerUnit * p.value;
  }
  for (const y of years) y.net = y.benefit - y.cost;
  return years;
}

/**
 * The payback year: the first year, searching from the first year with a cost (from t₀ when there
 * is none), whose cumulative discounted net (summed from t₀) is ≥ 0. Starting at the first cost
 * keeps an initiative from "paying back" in quiet years before it has spent anything; since the
 * start depends on costs only, more benefits can only bring the payback year forward.
 */
function paybackYear(discounted: DiscountedYear[], pvCosts: number): number | null {
  const first = discounted.findIndex((d) => d.cost > 0);
  const slack = PAYBACK_TOLERANCE * pvCosts;
  for (const d of discounted.slice(Math.max(0, first))) {
    if (d.cumulativeNet >= -slack) return d.year;
  }
  return null;
}

function allFinite(c: Calculus): boolean {
  const numbers = [
    c.presentValueCosts,
    c.presentValueBenefits,
    c.npv,
    c.benefitCostRatio ?? 0,
    ...c.years.flatMap((y) => [y.cost, y.benefit, y.net]),
    ...c.discounted.flatMap((d) => [d.factor, d.cost, d.benefit, d.net, d.cumulativeNet]),
    ...c.sensitivity.npv.flat(),
  ];
  return numbers.every(Number.isFinite);
}

/**
 * The nyttokalkyl of an initiative (see README for every convention): validates the input, then
 * returns nominal and discounted years, PV(costs), PV(benefits), NPV, benefit/cost ratio, payback
 * year and the sensitivity table. Never returns NaN or ±Infinity: input that would produce them is
 * a typed failure (`result-not-finite` for extreme but individually valid combinations).
 */
export function computeCalculus(
  input: CalculusInput,
): { ok: true; value: Calculus } | InvalidInput<BenefitIssueCode> {
  const issues = validateCalculusInput(input);
  if (issues.length > 0) return invalidInput(issues);
  const r = input.discountRate ?? DEFAULT_DISCOUNT_RATE;
  const years = nominalYears(input);

  let cumulativeNet = 0;
  const discounted: DiscountedYear[] = years.map((y) => {
    // Dividing by the growth, as done by hand, rather than multiplying by its reciprocal keeps
    // round cases round (650 000 / 1.04 = 625 000 exactly).
    const growth = (1 + r) ** (y.year - input.startYear);
    const factor = 1 / growth;
    const cost = y.cost / growth;
    const benefit = y.benefit / growth;
    cumulativeNet += benefit - cost;
    return { year: y.year, factor, cost, benefit, net: benefit - cost, cumulativeNet };
  });
  const presentValueCosts = discounted.reduce((s, d) => s + d.cost, 0);
  const presentValueBenefits = discounted.reduce((s, d) => s + d.benefit, 0);
  const calculus: Calculus = {
    discountRate: r,
    startYear: input.startYear,
    endYear: input.endYear,
    years,
    discounted,
    presentValueCosts,
    presentValueBenefits,
    npv: presentValueBenefits - presentValueCosts,
    benefitCostRatio: presentValueCosts === 0 ? null : presentValueBenefits / presentValueCosts,
    paybackYear: paybackYear(discounted, presentValueCosts),
    sensitivity: sensitivityTable(presentValueBenefits, presentValueCosts),
    unvaluedBenefitIds: input.benefits.filter((b) => b.moneyValuePerUnit === null).map((b) => b.id),
  };
  if (!allFinite(calculus)) return invalidInput([{ path: '', code: 'result-not-finite' }]);
  return { ok: true, value: calculus };
}

/**
 * Exactly the API's `/calculus` body: discountRate, years { year, cost, benefit, net }, npv,
 * benefitCostRatio, paybackYear.
 */
export function toCalculusResponse(c: Calculus): CalculusResponse {
  return {
    discountRate: c.discountRate,
    years: c.years.map(({ year, cost, benefit, net }) => ({ year, cost, benefit, net })),
    npv: c.npv,
    benefitCostRatio: c.benefitCostRatio,
    paybackYear: c.paybackYear,
  };
}
