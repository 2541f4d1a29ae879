import { describe, expect, it } from 'vitest';
import { feedbackInput } from './dialogues.inputs.ts';

describe('the feedback form', () => {
  it('leaves out a suggested theme with neither verdict nor reason, and asks for both once one is given', () => {
    const summary = 'Biblioteket får kvällsöppet.';
    const kept = { theme1: 'Kvällsöppet', outcome1: 'used', reason1: 'De flesta ville ha det.' };
    expect(feedbackInput({ summary, ...kept, theme2: 'Helgöppet' })).toEqual({
      ok: true,
      data: {
        summary,
        items: [{ theme: 'Kvällsöppet', outcome: 'used', reason: 'De flesta ville ha det.' }],
      },
    });
    expect(feedbackInput({ summary, ...kept, theme2: 'Helgöppet', outcome2: 'partly' })).toEqual({
      ok: false,
      errors: { reason2: 'error.required' },
    });
    expect(feedbackInput({ summary, theme1: 'Bara ett tema' })).toEqual({
      ok: false,
      errors: { theme1: 'dialogues.error.feedbackTheme' },
    });
  });
});
