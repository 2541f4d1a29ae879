/**
 * An iCalendar file (RFC 5545) of one workshop: pure text, no I/O. Text values are escaped
 * (backslash, semicolon, comma, newline), other control characters dropped, and every line is
 * folded at 75 octets without splitting a character; lines end in CRLF. So nothing typed into a
 * title or place can end its property or start another.
 */
export type CalendarEvent = {
  uid: string;
  /** When the file was made (DTSTAMP). */
  stamp: Date;
  startsAt: Date;
  endsAt: Date;
  summary: string;
  location: string;
  description: string;
  /** An http(s) address, checked before it is stored. */
  url?: string | null | undefined;
};

/** A TEXT value escaped as section 3.3.11 asks; control characters but tab are dropped. */
export function escapeText(value: string): string {
  return value
    .replace(/\r\n?/g, '\n')
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\n/g, '\\n')
    .split('')
    .filter((ch) => !isControl(ch))
    .join('');
}

// After newlines became `\n`, no control character but tab may stay in a TEXT value.
function isControl(ch: string): boolean {
  const code = ch.charCodeAt(0);
  return (code < 0x20 && code !== 0x09) || code === 0x7f;
}

/**
 * One content line folded as section 3.1 asks: at most 75 octets a line, each continuation
 * starting with a space (which counts in its 75), never inside a character's UTF-8 bytes.
 */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = encoder.encode(ch).length;
    if (octets + size > 75) {
      out.push(current);
      current = ` ${ch}`;
      octets = 1 + size;
    } else {
      current += ch;
      octets += size;
    }
  }
  out.push(current);
  return out.join('\r\n');
}

/** A moment in UTC as a DATE-TIME value: `20270115T170000Z`. */
export function utcStamp(d: Date): string {
  return d
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/[-:]/g, '');
}

/** The whole calendar file with the one event. */
export function workshopCalendar(e: CalendarEvent): string {
  const url = e.url && /^https?:\/\/\S+$/.test(e.url) ? e.url : null;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Samskap//Workshops//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${e.uid}`,
    `DTSTAMP:${utcStamp(e.stamp)}`,
    `DTSTART:${utcStamp(e.startsAt)}`,
    `DTEND:${utcStamp(e.endsAt)}`,
    `SUMMARY:${escapeText(e.summary)}`,
    `LOCATION:${escapeText(e.location)}`,
    `DESCRIPTION:${escapeText(e.description)}`,
    ...(url ? [`URL:${url}`] : []),
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
