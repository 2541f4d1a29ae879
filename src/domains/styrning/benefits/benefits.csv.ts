import { toCsv } from '../../../lib/csv.ts';
import { plannedText } from './benefit-input.ts';
import type { BenefitRow, MeasurementRow } from './benefits.queries.ts';

type Exported = { benefit: BenefitRow; initiativeTitle: string };

/** The benefits export: one row per benefit with its initiative; planned values as "2027: 120; …". */
export function benefitsCsv(rows: readonly Exported[]): string {
  return toCsv(
    [
      'initiative_id',
      'initiative_title',
      'benefit_id',
      'description',
      'kind',
      'effect',
      'recipient',
      'owner',
      'indicator',
      'unit',
      'direction',
      'baseline_value',
      'baseline_date',
      'target_value',
      'target_date',
      'money_per_unit',
      'confidence',
      'counts_for_gate',
      'planned',
    ],
    rows.map(({ benefit: b, initiativeTitle }) => [
      b.initiativeId,
      initiativeTitle,
      b.id,
      b.description,
      b.kind,
      b.isDisbenefit ? 'dis-benefit' : 'benefit',
      b.recipient,
      b.ownerName,
      b.indicator,
      b.unit,
      b.direction,
      b.baselineValue,
      b.baselineDate,
      b.targetValue,
      b.targetDate,
      b.moneyPerUnit,
      b.confidence,
      b.countsForGate,
      plannedText(b.planned).replaceAll('\n', '; '),
    ]),
  );
}

/**
 * The measurements export, oldest first per benefit. `withWho` adds who recorded each one; only
 * the municipality's own people get it, since it names staff.
 */
export function measurementsCsv(
  rows: readonly Exported[],
  measurements: readonly MeasurementRow[],
  withWho: boolean,
): string {
  const byId = new Map(rows.map((r) => [r.benefit.id, r]));
  return toCsv(
    [
      'initiative_id',
      'benefit_id',
      'benefit_description',
      'measured_on',
      'value',
      'unit',
      'note',
      'recorded_by',
      'recorded_at',
    ],
    measurements.map((m) => {
      const b = byId.get(m.benefitId)?.benefit;
      return [
        b?.initiativeId ?? '',
        m.benefitId,
        b?.description ?? '',
        m.measuredOn,
        m.value,
        b?.unit ?? '',
        m.note,
        withWho ? m.recordedByEmail : '',
        m.recordedAt.toISOString(),
      ];
    }),
  );
}
