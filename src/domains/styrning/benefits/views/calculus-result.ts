import type { Calculus } from '../../../../engines/benefits/index.ts';
import type { Translator } from '../../../../web/i18n/index.ts';
import { compactMoney, yearsText } from './format.ts';

/**
 * The calculus in one plain sentence, from the engine's result: when it pays back and what it
 * nets over the horizon (the net present value), e.g. "Pays back in 2026; 2.4 MSEK net over four
 * years". A calculus that never pays back, or pays back and then loses again, says what it costs.
 */
export function calculusResult(t: Translator, c: Calculus, currency: string): string {
  const years = yearsText(t, c.endYear - c.startYear + 1);
  // Less than half a krona either way shows as 0 and is no loss.
  const npv = Math.abs(c.npv) < 0.5 ? 0 : c.npv;
  // Years are passed as text: as numbers they would be grouped ("2 026").
  if (c.paybackYear !== null && npv >= 0) {
    return t('benefits.result.paysBack', {
      year: String(c.paybackYear),
      amount: compactMoney(t, npv, currency),
      years,
    });
  }
  const amount = compactMoney(t, -npv, currency);
  if (c.paybackYear !== null) {
    return t('benefits.result.paysBackThenLoses', { year: String(c.paybackYear), amount, years });
  }
  return t('benefits.result.neverPaysBack', { amount, years });
}
