// Wall-clock times in a named time zone, with the browser's own Intl data: no time zone library.

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/** The zone the browser runs in, e.g. Europe/Berlin. */
export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

let zones: readonly string[] | undefined;

/** Every zone the browser knows, by IANA name, with the browser's own and UTC among them. */
export function timeZones(): readonly string[] {
  zones ??= [...new Set([...Intl.supportedValuesOf('timeZone'), browserTimeZone(), 'UTC'])].sort();
  return zones;
}

// An IANA name's spelling: each part capitalised ("America/Argentina/Buenos_Aires", "Etc/GMT+5", "UTC").
const IANA_SPELLING = /^[A-Z][A-Za-z_+-]*(?:\/[A-Z0-9][A-Za-z0-9_+-]*)*$/;

/**
 * Whether `zone` is a zone the browser knows, spelled as IANA spells it (the service takes exact names):
 * one of {@link timeZones}, or a name the browser's list leaves out for an older alias of it (Chromium lists
 * Asia/Calcutta, not Asia/Kolkata). A listed name in other letter case is not one.
 */
export function isKnownTimeZone(zone: string): boolean {
  if (timeZones().includes(zone)) return true;
  const lower = zone.toLowerCase();
  return IANA_SPELLING.test(zone) && isTimeZone(zone) && !timeZones().some((known) => known.toLowerCase() === lower);
}

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat(undefined, { timeZone: zone });
    return zone.length > 0;
  } catch {
    return false;
  }
}

const partsFormats = new Map<string, Intl.DateTimeFormat>();

function partsFormat(zone: string): Intl.DateTimeFormat {
  let format = partsFormats.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    partsFormats.set(zone, format);
  }
  return format;
}

/** How far `zone`'s clocks are ahead of UTC at `instant`, in milliseconds. */
export function offsetAt(zone: string, instant: number): number {
  const parts: Record<string, number> = {};
  for (const { type, value } of partsFormat(zone).formatToParts(new Date(instant))) parts[type] = Number(value);
  const wall = Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!);
  return wall - (instant - (((instant % 1000) + 1000) % 1000));
}

/**
 * The instant at which the clocks in `zone` show `date` (YYYY-MM-DD) at `time` (HH:mm); null when either
 * is not a valid value. Each offset that could be in force then is tried: the one in force a day before,
 * the one a day after, and the one the wall time itself read as UTC leads to. One that maps back to the
 * wall time is right; when two do (the clocks went back and the time came twice) the earlier instant is
 * taken, and when none does (the clocks went forward over it) the time is moved later by the gap, as
 * java.time does on the service.
 */
export function zonedTimeToInstant(date: string, time: string, zone: string): Date | null {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const t = /^(\d{2}):(\d{2})$/.exec(time);
  if (!d || !t || !isTimeZone(zone)) return null;
  const [year, month, day, hour, minute] = [d[1], d[2], d[3], t[1], t[2]].map(Number) as [number, number, number, number, number];
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  const check = new Date(wall);
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day || hour > 23 || minute > 59) return null;

  const offsets = new Set([offsetAt(zone, wall - DAY), offsetAt(zone, wall - offsetAt(zone, wall)), offsetAt(zone, wall + DAY)]);
  const fitting = [...offsets].filter((offset) => offsetAt(zone, wall - offset) === offset);
  return new Date(wall - (fitting.length > 0 ? Math.max(...fitting) : Math.min(...offsets)));
}

/** The date (YYYY-MM-DD) the clocks in `zone` show at `instant`: the first day a window may be on. */
export function zonedDate(instant: number, zone: string): string {
  return new Date(instant + offsetAt(zone, instant)).toISOString().slice(0, 10);
}
