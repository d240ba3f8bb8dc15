import { describe, expect, it } from 'vitest';
import { isKnownTimeZone, offsetAt, timeZones, zonedDate, zonedTimeToInstant } from './time-zone';

const instant = (date: string, time: string, zone: string) => zonedTimeToInstant(date, time, zone)?.toISOString();

describe('zonedTimeToInstant', () => {
  it('reads a wall-clock time in the zone given, whatever the browser’s own', () => {
    expect(instant('2031-07-01', '14:00', 'Europe/Berlin')).toBe('2031-07-01T12:00:00.000Z');
    expect(instant('2031-12-04', '14:00', 'Europe/Berlin')).toBe('2031-12-04T13:00:00.000Z');
    expect(instant('2031-12-04', '14:00', 'Europe/Lisbon')).toBe('2031-12-04T14:00:00.000Z');
    expect(instant('2031-12-04', '09:15', 'America/New_York')).toBe('2031-12-04T14:15:00.000Z');
    expect(instant('2031-12-04', '09:15', 'Asia/Kolkata')).toBe('2031-12-04T03:45:00.000Z');
    expect(instant('2031-12-04', '00:30', 'Pacific/Chatham')).toBe('2031-12-03T10:45:00.000Z');
    expect(instant('2031-12-04', '23:59', 'UTC')).toBe('2031-12-04T23:59:00.000Z');
  });

  it('takes the hour on either side of a change of offset as it is', () => {
    // Berlin goes from CET to CEST at 02:00 on 30 March 2031 (01:00 UTC).
    expect(instant('2031-03-30', '01:59', 'Europe/Berlin')).toBe('2031-03-30T00:59:00.000Z');
    expect(instant('2031-03-30', '03:00', 'Europe/Berlin')).toBe('2031-03-30T01:00:00.000Z');
  });

  it('moves a time the clocks skip (spring forward) later by the gap, as the service does', () => {
    expect(instant('2031-03-30', '02:30', 'Europe/Berlin')).toBe('2031-03-30T01:30:00.000Z'); // 03:30 CEST
    expect(instant('2031-03-09', '02:30', 'America/New_York')).toBe('2031-03-09T07:30:00.000Z'); // 03:30 EDT
  });

  it('takes the earlier of a time the clocks show twice (fall back)', () => {
    expect(instant('2031-10-26', '02:30', 'Europe/Berlin')).toBe('2031-10-26T00:30:00.000Z'); // 02:30 CEST, not CET
    expect(instant('2031-11-02', '01:30', 'America/New_York')).toBe('2031-11-02T05:30:00.000Z'); // 01:30 EDT
    // Southern hemisphere: Sydney leaves daylight time at 03:00 on 6 April 2031.
    expect(instant('2031-04-06', '02:30', 'Australia/Sydney')).toBe('2031-04-05T15:30:00.000Z');
    expect(instant('2031-04-06', '03:00', 'Australia/Sydney')).toBe('2031-04-05T17:00:00.000Z');
  });

  it('answers null for a date or time that does not exist, or an unknown zone', () => {
    expect(instant('2031-02-30', '10:00', 'Europe/Berlin')).toBeUndefined();
    expect(instant('2031-12-04', '24:00', 'Europe/Berlin')).toBeUndefined();
    expect(instant('', '10:00', 'Europe/Berlin')).toBeUndefined();
    expect(instant('2031-12-04', '', 'Europe/Berlin')).toBeUndefined();
    expect(instant('2031-12-04', '10:00', 'Mars/Olympus_Mons')).toBeUndefined();
  });
});

describe('the zones', () => {
  it('offsetAt says how far a zone’s clocks are ahead of UTC', () => {
    expect(offsetAt('Europe/Berlin', Date.parse('2031-07-01T00:00:00Z'))).toBe(2 * 3_600_000);
    expect(offsetAt('America/New_York', Date.parse('2031-12-01T00:00:00.500Z'))).toBe(-5 * 3_600_000);
  });

  it('zonedDate is the date the zone’s clocks show', () => {
    expect(zonedDate(Date.parse('2031-12-04T23:30:00Z'), 'Europe/Berlin')).toBe('2031-12-05');
    expect(zonedDate(Date.parse('2031-12-04T23:30:00Z'), 'America/New_York')).toBe('2031-12-04');
  });

  it('lists the IANA names the browser knows, UTC included', () => {
    const zones = timeZones();
    expect(zones).toContain('Europe/Lisbon');
    expect(zones).toContain('UTC');
    expect(isKnownTimeZone('Europe/Lisbon')).toBe(true);
    expect(isKnownTimeZone('europe/lisbon')).toBe(false);
    expect(isKnownTimeZone('Europe/Nowhere')).toBe(false);
    // The browser's list names Asia/Calcutta; the IANA name of today is Asia/Kolkata, which it knows too.
    expect(isKnownTimeZone('Asia/Kolkata')).toBe(true);
    expect(isKnownTimeZone('asia/kolkata')).toBe(false);
    expect(isKnownTimeZone('Etc/GMT+5')).toBe(true);
  });
});
