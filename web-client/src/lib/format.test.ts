import { describe, expect, it } from 'vitest';
import { formatDateTime, formatRelative, formatVisitTime, formatWhen } from './format';

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

describe('relative times', () => {
  const now = Date.parse('2031-12-04T12:00:00Z');
  const at = (minutes: number) => new Date(now + minutes * 60_000).toISOString();

  it('says how long until a moment, or since, in the words people use', () => {
    expect(formatRelative(at(0.5), now)).toBe('just now');
    expect(formatRelative(at(40), now)).toBe('in 40 min');
    expect(formatRelative(at(-5), now)).toBe('5 min ago');
    expect(formatRelative(at(135), now)).toBe('in 2 h 15 min');
    expect(formatRelative(at(-300), now)).toBe('5 h ago');
    expect(formatRelative(at(3 * 24 * 60), now)).toBe('in 3 days');
    expect(formatRelative(at(-120 * 24 * 60), now)).toBe('4 months ago');
    expect(formatRelative(at(5 * 365 * 24 * 60), now)).toBe('in 5 years');
  });

  it('says nothing of a missing or broken time', () => {
    expect(formatRelative(null, now)).toBe('');
    expect(formatRelative('not a time', now)).toBe('');
  });
});
