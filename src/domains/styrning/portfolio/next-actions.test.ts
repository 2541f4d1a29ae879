import { describe, expect, it } from 'vitest';
import { nextActions } from './next-actions.ts';

const viewer = { canEdit: true, canOverride: false, benefitCount: 0, onlyBenefitId: null };

describe('nextActions', () => {
  it('takes an idea to its assessment, then one stage forward at a time', () => {
    expect(nextActions({ ...viewer, stage: 'idea' })).toEqual([
      { kind: 'assess' },
      { kind: 'move', to: 'assessed' },
    ]);
    expect(nextActions({ ...viewer, stage: 'assessed' })).toEqual([
      { kind: 'move', to: 'prioritised' },
    ]);
    expect(nextActions({ ...viewer, stage: 'prioritised' })).toEqual([
      { kind: 'addBenefit' },
      { kind: 'move', to: 'pilot' },
    ]);
  });

  it('sends a pilot to its scale gate, never to the stage form, and asks for measurements', () => {
    expect(
      nextActions({ ...viewer, stage: 'pilot', benefitCount: 1, onlyBenefitId: 'b1' }),
    ).toEqual([{ kind: 'gate' }, { kind: 'measure', benefitId: 'b1' }]);
    expect(nextActions({ ...viewer, stage: 'pilot', benefitCount: 0 })).toEqual([
      { kind: 'gate' },
      { kind: 'addBenefit' },
    ]);
    expect(nextActions({ ...viewer, stage: 'scaling', benefitCount: 3 })).toEqual([
      { kind: 'measure', benefitId: null },
      { kind: 'move', to: 'operation' },
    ]);
    expect(nextActions({ ...viewer, stage: 'operation', benefitCount: 3 })).toEqual([
      { kind: 'measure', benefitId: null },
    ]);
  });

  it('leaves nothing to do on a stopped initiative, nor for anyone who cannot act', () => {
    expect(nextActions({ ...viewer, stage: 'stopped', benefitCount: 2 })).toEqual([]);
    const reader = { ...viewer, canEdit: false };
    for (const stage of ['idea', 'prioritised', 'pilot', 'scaling']) {
      expect(nextActions({ ...reader, stage })).toEqual([]);
    }
    expect(nextActions({ ...reader, canOverride: true, stage: 'pilot' })).toEqual([
      { kind: 'gate' },
    ]);
    expect(nextActions({ ...reader, canOverride: true, stage: 'scaling' })).toEqual([]);
  });
});
