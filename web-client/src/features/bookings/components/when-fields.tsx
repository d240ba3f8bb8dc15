import { useId, useMemo } from 'react';
import { TextField } from '@/components/ui/field';
import { browserTimeZone, isKnownTimeZone, timeZones, zonedDate } from '@/lib/time-zone';
import { FURTHEST_AHEAD_DAYS, lastBookableDay, type WhenInput } from '../utils/booking-input';

interface WhenFieldsProps {
  value: WhenInput;
  onChange: (value: WhenInput) => void;
  error: (field: 'date' | 'from' | 'to' | 'timeZone') => string | undefined;
}

/**
 * As soon as possible, or a window on one day; either way in the visit's time zone, the browser's unless
 * the patient books for someone elsewhere (a list to type into and pick from).
 */
export function WhenFields({ value, onChange, error }: WhenFieldsProps) {
  const zonesId = useId();
  // Some 400 options: made once, so that typing elsewhere in the form does not go through them again.
  const zoneList = useMemo(
    () => (
      <datalist id={zonesId}>
        {timeZones().map((zone) => (
          <option key={zone} value={zone} />
        ))}
      </datalist>
    ),
    [zonesId],
  );
  // The first day a window may be on, on the visit's clocks.
  const zone = isKnownTimeZone(value.timeZone) ? value.timeZone : browserTimeZone();
  const today = zonedDate(Date.now(), zone);
  const set = (field: keyof WhenInput) => (event: { target: { value: string } }) => onChange({ ...value, [field]: event.target.value });
  return (
    <fieldset className="form" data-testid="when-fields">
      <legend>When</legend>
      <div className="choice">
        <label>
          <input type="radio" name="when" checked={value.asap} onChange={() => onChange({ ...value, asap: true })} /> As soon as possible
        </label>
        <label>
          <input type="radio" name="when" checked={!value.asap} onChange={() => onChange({ ...value, asap: false })} /> In a time window
        </label>
      </div>
      {!value.asap && (
        <div className="window-fields">
          <TextField
            label="Day"
            name="date"
            type="date"
            min={today}
            max={lastBookableDay(zone)}
            value={value.date}
            onChange={set('date')}
            error={error('date')}
            hint={`Today or up to ${FURTHEST_AHEAD_DAYS} days ahead.`}
            required
          />
          <TextField label="From" name="from" type="time" value={value.from} onChange={set('from')} error={error('from')} required />
          <TextField label="To (optional)" name="to" type="time" value={value.to} onChange={set('to')} error={error('to')} hint="Empty: a two-hour window. The same day, after From." />
        </div>
      )}
      <TextField
        label="Time zone"
        name="timeZone"
        list={zonesId}
        autoComplete="off"
        spellCheck={false}
        value={value.timeZone}
        onChange={set('timeZone')}
        error={error('timeZone')}
        hint="Where the visit is: its times are on this zone's clocks. Type to search, e.g. Lisbon."
        required
      />
      {zoneList}
    </fieldset>
  );
}
