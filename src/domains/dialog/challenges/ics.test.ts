import { describe, expect, it } from 'vitest';
import { escapeText, foldLine, workshopCalendar } from './ics.ts';

const event = {
  uid: 'w1@samskap',
  stamp: new Date('2027-01-01T08:00:00Z'),
  startsAt: new Date('2027-01-15T17:00:00Z'),
  endsAt: new Date('2027-01-15T19:00:00Z'),
  summary: 'Fika, möte; del\\2\r\nEND:VEVENT',
  location: 'a'.repeat(100),
  description: 'ö'.repeat(40),
  url: 'https://meet.example/abc',
};

describe('the calendar file of a workshop', () => {
  it('is exactly the file worked out by hand: escaped, folded at 75 octets, CRLF', () => {
    // LOCATION: is 9 octets, so the first line takes 66 a's (75 octets) and the rest 34 after a
    // space. DESCRIPTION: is 12 octets and ö two: 31 fit (74), a 32nd would make 76.
    const expected = [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//Samskap//Workshops//EN',
      'CALSCALE:GREGORIAN',
      'METHOD:PUBLISH',
      'BEGIN:VEVENT',
      'UID:w1@samskap',
      'DTSTAMP:20270101T080000Z',
      'DTSTART:20270115T170000Z',
      'DTEND:20270115T190000Z',
      'SUMMARY:Fika\\, möte\\; del\\\\2\\nEND:VEVENT',
      `LOCATION:${'a'.repeat(66)}`,
      ` ${'a'.repeat(34)}`,
      `DESCRIPTION:${'ö'.repeat(31)}`,
      ` ${'ö'.repeat(9)}`,
      'URL:https://meet.example/abc',
      'END:VEVENT',
      'END:VCALENDAR',
      '',
    ].join('\r\n');
    expect(workshopCalendar(event)).toBe(expected);
  });

  it('keeps hostile text in its property: one event, no line longer than 75 octets, no bare LF', () => {
    const text = workshopCalendar({
      ...event,
      summary: 'x\nEND:VEVENT\nBEGIN:VEVENT\rSUMMARY:takeover\u0000\u0007',
      location: ';,\\\n'.repeat(40),
    });
    const lines = text.split('\r\n');
    expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(1);
    expect(lines.filter((l) => l === 'END:VEVENT')).toHaveLength(1);
    expect(lines.filter((l) => l.startsWith('SUMMARY:'))).toEqual([
      'SUMMARY:x\\nEND:VEVENT\\nBEGIN:VEVENT\\nSUMMARY:takeover',
    ]);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of lines) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  });

  it('leaves out an address that is not http(s)', () => {
    expect(workshopCalendar({ ...event, url: 'javascript:alert(1)' })).not.toContain('URL:');
  });
});

describe('text values', () => {
  it('escape backslash before the characters it escapes', () => {
    expect(escapeText('a\\;b')).toBe('a\\\\\\;b');
    expect(escapeText('1,2\n3')).toBe('1\\,2\\n3');
  });

  it('fold a line of exactly 75 octets not at all, and one of 76 into two', () => {
    expect(foldLine('x'.repeat(75))).toBe('x'.repeat(75));
    expect(foldLine('x'.repeat(76))).toBe(`${'x'.repeat(75)}\r\n x`);
  });
});
