import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { SelectField, TextAreaField, TextField } from '@/components/ui/field';
import { FormError } from '@/components/ui/form-error';
import { useFormErrors } from '@/hooks/use-form-errors';
import { errorMessage } from '@/lib/api-client';
import { defaultCountry } from '@/lib/countries';
import { focusFirstInvalid } from '@/lib/focus';
import { serviceLabel } from '@/lib/format';
import { useSession } from '@/lib/session';
import { browserTimeZone } from '@/lib/time-zone';
import { SERVICE_TYPES, type Booking, type ServiceType } from '@/types/api';
import { NEED_MAX, NOTES_MAX, useCreateBooking, type CreateBookingInput } from '../api/create-booking';
import { addressBody, checkAddress, checkPhone, EMPTY_ADDRESS, readWhen, type AddressInput, type WhenInput } from '../utils/booking-input';
import { readLastAddress, rememberLastAddress } from '../utils/last-address';
import { AddressFields } from './address-fields';
import { WhenFields } from './when-fields';

const emptyWhen = (): WhenInput => ({ asap: true, date: '', from: '', to: '', timeZone: browserTimeZone() });

// The service names a window's start, its older name and its end; the form has a field for each part.
const SERVER_FIELDS = { from: ['windowStart', 'scheduledFor'], to: ['windowEnd'], date: [], timeZone: ['timeZone'] } as const;

// Each field as a sentence about it starts, for the service's messages ("The postcode must be…").
const SUBJECTS: Record<string, string> = {
  serviceType: 'The service',
  need: 'What you need',
  address: 'The address',
  'address.street': 'The street and number',
  'address.flat': 'The flat or floor',
  'address.postcode': 'The postcode',
  'address.city': 'The city',
  'address.district': 'The district',
  'address.country': 'The country',
  phone: 'The phone',
  windowStart: 'The start of the window',
  scheduledFor: 'The start of the window',
  windowEnd: 'The end of the window',
  timeZone: 'The time zone',
  notes: 'The private notes',
};

interface BookingFormProps {
  onCreated?: (booking: Booking) => void;
  /** Shown with a Close button when the form can be put away again. */
  onClose?: () => void;
  /** Puts the keyboard on the first field (when the person just asked for the form). */
  autoFocus?: boolean;
  /** A word before the fields (to someone booking for the first time). */
  intro?: ReactNode;
}

/**
 * The patient's "book a visit" form. What providers see before accepting (the service, the district
 * and city, the time and the need) is kept apart from what only the accepting provider sees (street,
 * flat, postcode, phone and private notes), and the form says which is which. It starts from the
 * address of the patient's last booking, kept in this browser.
 */
export function BookingForm({ onCreated, onClose, autoFocus = false, intro }: BookingFormProps) {
  const userId = useSession()?.user.id ?? '';
  const [lastAddress, setLastAddress] = useState(() => readLastAddress(userId));
  const [serviceType, setServiceType] = useState<ServiceType | ''>('');
  const [address, setAddress] = useState<AddressInput>(() => lastAddress ?? { ...EMPTY_ADDRESS, country: defaultCountry() });
  const [phone, setPhone] = useState('');
  const [need, setNeed] = useState('');
  const [when, setWhen] = useState<WhenInput>(emptyWhen);
  const [notes, setNotes] = useState('');
  const create = useCreateBooking((booking, input) => {
    rememberLastAddress(userId, input.address);
    setLastAddress(readLastAddress(userId));
    onCreated?.(booking);
  });
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (autoFocus) formRef.current?.querySelector<HTMLElement>('select, input, textarea')?.focus();
  }, [autoFocus]);

  const timing = readWhen(when);
  const windowValue = when.asap ? 'asap' : `${when.date} ${when.from} ${when.timeZone}`;
  const errors = useFormErrors({
    checks: {
      serviceType: !serviceType && 'Choose a service.',
      need: !need.trim() ? 'Say in a few words what you need.' : need.trim().length > NEED_MAX && `Keep it to ${NEED_MAX} characters.`,
      ...checkAddress(address),
      phone: checkPhone(phone),
      ...timing.errors,
      notes: notes.length > NOTES_MAX && `Use at most ${NOTES_MAX} characters.`,
    },
    values: {
      serviceType,
      need,
      address: JSON.stringify(address),
      ...Object.fromEntries(Object.entries(address).map(([part, value]) => [`address.${part}`, value])),
      // The service reads the phone as dialled in the address's country.
      phone: `${phone}|${address.country}`,
      windowStart: windowValue,
      scheduledFor: windowValue,
      windowEnd: `${windowValue} ${when.to}`,
      timeZone: when.timeZone,
      notes,
    },
    error: create.error,
    subjects: SUBJECTS,
  });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found = errors.validate();
    if (Object.keys(found).length > 0) focusFirstInvalid(event.currentTarget);
    if (Object.keys(found).length > 0 || !serviceType || create.isPending) return;
    const input: CreateBookingInput = {
      serviceType,
      address: addressBody(address),
      phone: phone.trim(),
      need: need.trim(),
      ...timing.body,
      ...(notes.trim() ? { notes: notes.trim() } : {}),
    };
    create.mutate(input);
  };

  const whenError = (field: keyof typeof SERVER_FIELDS) => errors.field(field) ?? SERVER_FIELDS[field].map((name) => errors.field(name)).find(Boolean);

  return (
    <form className="form card" onSubmit={submit} noValidate aria-labelledby="booking-form-title" ref={formRef}>
      <h2 id="booking-form-title">Book a visit</h2>
      {intro}
      <FormError message={create.error && !errors.serverNamedFields ? errorMessage(create.error, 'the booking was not made') : null} />
      <SelectField
        label="Service"
        name="serviceType"
        value={serviceType}
        onChange={(e) => setServiceType(e.target.value as ServiceType | '')}
        error={errors.field('serviceType')}
        required
      >
        <option value="">Choose a service…</option>
        {SERVICE_TYPES.map((type) => (
          <option key={type} value={type}>
            {serviceLabel(type)}
          </option>
        ))}
      </SelectField>
      <TextAreaField
        label="What you need"
        name="need"
        rows={2}
        value={need}
        onChange={(e) => setNeed(e.target.value)}
        error={errors.field('need')}
        hint={`Providers read this before accepting, so leave out names, addresses and phone numbers. ${need.length} / ${NEED_MAX} characters`}
        required
      />
      <AddressFields
        value={address}
        onChange={setAddress}
        lastAddress={lastAddress}
        // An error on the address as a whole shows on its first field.
        error={(field) => errors.field(`address.${field}`) ?? (field === 'street' ? errors.field('address') : undefined)}
      />
      <TextField
        label="Phone"
        name="phone"
        type="tel"
        autoComplete="tel"
        value={phone}
        onChange={(e) => setPhone(e.target.value)}
        error={errors.field('phone')}
        hint="With the country code (+49 30 1234567), or as you dial it in the address's country. Only the provider who accepts sees it."
        required
      />
      <WhenFields value={when} onChange={setWhen} error={whenError} />
      <TextAreaField
        label="Private notes (optional)"
        name="notes"
        rows={3}
        value={notes}
        onChange={(e) => setNotes(e.target.value)}
        error={errors.field('notes')}
        hint="Only the provider who accepts sees these, like a door code."
      />
      <div className="button-row">
        <button type="submit" className="button" disabled={create.isPending}>
          {create.isPending ? 'Booking…' : 'Book'}
        </button>
        {onClose && (
          <button type="button" className="button button--secondary" onClick={onClose}>
            Close
          </button>
        )}
      </div>
    </form>
  );
}
