import { describe, expect, it } from 'vitest';
import {
  bodyDeadline,
  collectionEnds,
  presetRule,
  ruleErrors,
  rulePresets,
  supportersForgottenAt,
  supportRefusal,
  supportThreshold,
} from './rules.ts';
import { canMove, takesSupport } from './states.ts';

describe('supportThreshold', () => {
  it('takes 2 % of a Norwegian kommune, rounded up, but never more than 300', () => {
    const rule = presetRule('noKommune');
    // 2 % of 1 234 is 24.68 → 25; of 15 000 exactly 300; of 15 050 it would be 301 → capped at 300.
    expect(supportThreshold(rule, 1234)).toBe(25);
    expect(supportThreshold(rule, 14_950)).toBe(299);
    expect(supportThreshold(rule, 15_000)).toBe(300);
    expect(supportThreshold(rule, 717_710)).toBe(300);
  });

  it('caps a Norwegian fylke at 500', () => {
    const rule = presetRule('noFylke');
    // 2 % of 20 001 is 400.02 → 401; 2 % of 479 892 (Rogaland) far above the cap.
    expect(supportThreshold(rule, 20_001)).toBe(401);
    expect(supportThreshold(rule, 479_892)).toBe(500);
  });

  it('takes a per mille of Swedish inhabitants, rounded up', () => {
    // 2 ‰ of 95 905 (Botkyrka) is 191.81 → 192.
    expect(supportThreshold({ ...presetRule('sePerMille'), perMille: 2 }, 95_905)).toBe(192);
  });

  it('uses the absolute number as it is, and never asks for fewer than one supporter', () => {
    expect(supportThreshold({ ...presetRule('seAbsolute'), threshold: 50 }, 95_905)).toBe(50);
    expect(supportThreshold(presetRule('noKommune'), 0)).toBe(1);
    expect(supportThreshold({ ...presetRule('sePerMille'), perMille: 1 }, 10)).toBe(1);
  });
});

describe('ruleErrors', () => {
  it('refuses a threshold of zero or less and other out-of-bounds fields', () => {
    expect(ruleErrors({ ...presetRule('custom'), threshold: 0 })).toEqual(['threshold']);
    expect(ruleErrors({ ...presetRule('seAbsolute'), threshold: -5 })).toEqual(['threshold']);
    expect(ruleErrors({ ...presetRule('sePerMille'), perMille: 0 })).toEqual(['perMille']);
    expect(
      ruleErrors({ ...presetRule('noKommune'), collectionDays: 0, decisionMonths: 25 }),
    ).toEqual(['collectionDays', 'decisionMonths']);
    expect(ruleErrors(presetRule('noKommune'))).toEqual([]);
    expect(ruleErrors({ ...presetRule('custom'), threshold: 1.5 })).toEqual(['threshold']);
    for (const days of [0, 731, 2.5]) {
      expect(ruleErrors({ ...presetRule('seAbsolute'), forgetSupportersDays: days })).toEqual([
        'forgetSupportersDays',
      ]);
    }
    expect(ruleErrors({ ...presetRule('seAbsolute'), forgetSupportersDays: 730 })).toEqual([]);
  });

  it('keeps the supporters a month after the answer under every preset', () => {
    const answered = new Date('2026-01-31T12:00:00Z');
    for (const preset of rulePresets) {
      expect(supportersForgottenAt(presetRule(preset), answered), preset).toEqual(
        new Date('2026-03-02T12:00:00Z'),
      );
    }
  });
});

describe('deadlines', () => {
  it('ends the collection the window after it opened', () => {
    const opened = new Date('2026-03-01T10:00:00Z');
    expect(collectionEnds({ ...presetRule('seAbsolute'), collectionDays: 90 }, opened)).toEqual(
      new Date('2026-05-30T10:00:00Z'),
    );
  });

  it('gives the body six months, to the month’s last day when the month is shorter', () => {
    const rule = presetRule('noKommune');
    expect(bodyDeadline(rule, new Date('2026-01-15T08:00:00Z'))).toEqual(
      new Date('2026-07-15T08:00:00Z'),
    );
    // 31 August + 6 months: February 2027 has 28 days.
    expect(bodyDeadline(rule, new Date('2026-08-31T08:00:00Z'))).toEqual(
      new Date('2027-02-28T08:00:00Z'),
    );
  });
});

describe('states', () => {
  it('moves only along the proposal’s path', () => {
    expect(canMove('screening', 'collecting')).toBe(true);
    expect(canMove('draft', 'collecting')).toBe(false);
    expect(canMove('collecting', 'answered')).toBe(false);
    expect(canMove('answered', 'withdrawn')).toBe(false);
    expect(canMove('expired', 'withBody')).toBe(true);
  });

  it('takes support while collecting and past the threshold, until the window ends', () => {
    const ends = new Date('2026-05-30T10:00:00Z');
    const before = new Date('2026-05-30T09:59:59Z');
    expect(takesSupport('collecting', ends, before)).toBe(true);
    expect(takesSupport('thresholdReached', ends, before)).toBe(true);
    expect(takesSupport('collecting', ends, ends)).toBe(false);
    expect(takesSupport('screening', ends, before)).toBe(false);
  });
});

describe('supportRefusal', () => {
  const people = [
    { throughEid: true, declaresResidence: true },
    { throughEid: true, declaresResidence: false },
    { throughEid: false, declaresResidence: true },
    { throughEid: false, declaresResidence: false },
  ];

  it('counts everyone under a rule that asks for neither e-ID nor residence', () => {
    const rule = { supportBy: 'eidOrEmail', residenceDeclared: false } as const;
    expect(people.map((p) => supportRefusal(rule, p))).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('refuses those without e-ID under an e-ID rule, whatever they declare', () => {
    const rule = { supportBy: 'eid', residenceDeclared: true } as const;
    expect(people.map((p) => supportRefusal(rule, p))).toEqual([
      undefined,
      'residenceUndeclared',
      'eidRequired',
      'eidRequired',
    ]);
  });

  it('refuses an undeclared residence when the rule asks for it', () => {
    const rule = { supportBy: 'eidOrEmail', residenceDeclared: true } as const;
    expect(people.map((p) => supportRefusal(rule, p))).toEqual([
      undefined,
      'residenceUndeclared',
      undefined,
      'residenceUndeclared',
    ]);
  });

  it('is asked of residence by the Norwegian presets, as the law speaks of the inhabitants', () => {
    expect(rulePresets.filter((p) => presetRule(p).residenceDeclared)).toEqual([
      'noKommune',
      'noFylke',
    ]);
  });
});
