import { describe, expect, it } from 'vitest';
import { formatDateTime, formatVisitTime, formatWhen } from './format';

// The tests' browser is in Europe/Berlin (vite.config.ts).
const range = (zone: string, start: string, end: string) =>
  new Intl.DateTimeFormat(undefined, { weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', timeZone: zone }).formatRange(
    new Date(start),
    new Date(end),
  );

describe('times of a visit', () => {
  it('says "As soon as possible" for a booking without a window', () => {
    expect(formatWhen({ windowStart: null, windowEnd: null, timeZone: 'Europe/Lisbon' })).toBe('As soon as possible');
  });

  it('shows a window on its zone’s clocks, naming the zone only when it is not the reader’s', () => {
    const window = { windowStart: '2031-12-04T14:00:00Z', windowEnd: '2031-12-04T16:00:00Z' };
    expect(formatWhen({ ...window, timeZone: 'Europe/Lisbon' })).toBe(`${range('Europe/Lisbon', window.windowStart, window.windowEnd)} (Europe/Lisbon)`);
    expect(formatWhen({ ...window, timeZone: 'Europe/Berlin' })).toBe(range('Europe/Berlin', window.windowStart, window.windowEnd));
    expect(range('Europe/Lisbon', window.windowStart, window.windowEnd)).not.toBe(range('Europe/Berlin', window.windowStart, window.windowEnd));
  });

  it('shows single moments the same way, and other times in the reader’s zone without a name', () => {
    expect(formatVisitTime('2031-12-04T14:20:00Z', 'America/New_York')).toMatch(/ \(America\/New_York\)$/);
    expect(formatVisitTime('2031-12-04T14:20:00Z', 'Europe/Berlin')).not.toMatch(/\(/);
    expect(formatDateTime('2031-12-04T14:20:00Z', 'UTC')).toMatch(/ \(UTC\)$/);
    expect(formatDateTime('2031-12-04T14:20:00Z')).not.toMatch(/\(/);
    expect(formatDateTime(null)).toBe('');
  });
});
