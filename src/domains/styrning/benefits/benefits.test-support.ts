/** A complete, valid benefit form; override fields to test one rule at a time. */
export function benefitForm(overrides: Record<string, string> = {}): Record<string, string> {
  return {
    description: 'Färre nattliga tillsynsbesök på plats',
    kind: 'time',
    effect: 'benefit',
    recipient: 'Hemtjänsten',
    ownerName: 'Anna Andersson',
    indicator: 'Frigjorda timmar per månad',
    unit: 'h',
    direction: 'higher',
    baselineValue: '0',
    baselineDate: '2026-01-01',
    targetValue: '120',
    targetDate: '2027-12-31',
    moneyPerUnit: '450',
    confidence: 'green',
    planned: '2027: 80\n2028: 120',
    countsForGate: 'on',
    ...overrides,
  };
}
