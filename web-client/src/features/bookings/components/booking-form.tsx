import { useEffect, useState, type FormEvent } from 'react';
import { SelectField, TextAreaField, TextField } from '@/components/ui/field';
import { FormError } from '@/components/ui/form-error';
import { ApiError, errorMessage } from '@/lib/api-client';
import { defaultCountry } from '@/lib/countries';
import { focusFirstInvalid } from '@/lib/focus';
import { serviceLabel } from '@/lib/format';
import { browserTimeZone } from '@/lib/time-zone';
import { compact } from '@/lib/validation';
import { SERVICE_TYPES, type Booking, type ServiceType } from '@/types/api';
import { NEED_MAX, NOTES_MAX, useCreateBooking, type CreateBookingInput } from '../api/create-booking';
import { addressBody, checkAddress, checkPhone, EMPTY_ADDRESS, readWhen, type AddressInput, type WhenInput } from '../utils/booking-input';
import { AddressFields } from './address-fields';
import { WhenFields } from './when-fields';

const emptyWhen = (): WhenInput => ({ asap: true, date: '', from: '', to: '', timeZone: browserTimeZone() });

// The service names a window's start, its older name and its end; the form has a field for each part.
const SERVER_FIELDS = { from: ['windowStart', 'scheduledFor'], to: ['windowEnd'], date: [], timeZone: ['timeZone'] } as const;

/**
 * The patient's "book a visit" form. What providers see before accepting (the service, the district
 * and city, the time and the need) is kept apart from what only the accepting provider sees (street,
 * flat, postcode, phone and private notes), and the form says which is which.
 */
export function BookingForm({ onCreated }: { onCreated?: (booking: Booking) => void }) {
  const [serviceType, setServiceType] = useState<ServiceType | ''>('');
  const [address, setAddress] = useState<AddressInput>(() => ({ ...EMPTY_ADDRESS, country: defaultCountry() }));
  const [phone, setPhone] = useState('');
  const [need, setNeed] = useState('');
  const [when, setWhen] = useState<WhenInput>(emptyWhen);
  const [notes, setNotes] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [created, setCreated] = useState<string | null>(null);
  // The confirmation is for the moment of booking; the booking's card carries its status after that.
  useEffect(() => {
    if (!created) return;
    const timer = setTimeout(() => setCreated(null), 8000);
    return () => clearTimeout(timer);
  }, [created]);
  const create = useCreateBooking();

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const timing = readWhen(when);
    const found = compact({
      serviceType: !serviceType && 'Choose a service.',
      ...checkAddress(address),
      phone: checkPhone(phone),
      need: !need.trim() ? 'Say in a few words what you need.' : need.trim().length > NEED_MAX && `Keep it to ${NEED_MAX} characters.`,
      ...timing.errors,
      notes: notes.length > NOTES_MAX && `Use at most ${NOTES_MAX} characters.`,
    });
    setErrors(found);
    if (Object.keys(found).length > 0) focusFirstInvalid(form);
    setCreated(null);
    if (Object.keys(found).length > 0 || !serviceType || create.isPending) return;
    const input: CreateBookingInput = {
      serviceType,
      address: addressBody(address),
      phone: phone.trim(),
      need: need.trim(),
      ...timing.body,
      ...(notes.trim() ? { notes: notes.trim() } : {}),
    };
    create.mutate(input, {
      onSuccess: (booking) => {
        setWhen((current) => ({ ...emptyWhen(), timeZone: current.timeZone }));
        setNeed('');
        setNotes('');
        setCreated(`Booked: ${serviceLabel(booking.serviceType)}. We will tell you here when a provider accepts.`);
        onCreated?.(booking);
      },
    });
  };

  const serverErrors = create.error instanceof ApiError ? create.error.fieldErrors : {};
  const hasFieldErrors = Object.keys(serverErrors).length > 0;
  const fieldError = (field: string) => errors[field] ?? serverErrors[field];
  const whenError = (field: keyof typeof SERVER_FIELDS) =>
    errors[field] ?? SERVER_FIELDS[field].map((name) => serverErrors[name]).find(Boolean);

  return (
    <form className="form card" onSubmit={submit} noValidate aria-labelledby="booking-form-title" data-testid="booking-form">
      <h2 id="booking-form-title">Book a visit</h2>
      <FormError message={create.error && !hasFieldErrors ? errorMessage(create.error, 'the booking was not made') : null} />
      <SelectField
        label="Service"
        name="serviceType"
        value={serviceType}
        onChange={(e) => setServiceType(e.target.value as ServiceType | '')}
        error={fieldError('serviceType')}
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
        error={fieldError('need')}
        hint={`Providers read this before accepting, so leave out names, addresses and phone numbers. ${need.length} / ${NEED_MAX} characters`}
        required
      />
      <AddressFields
        value={address}
        onChange={setAddress}
        // An error on the address as a whole shows on its first field.
        error={(field) => fieldError(`address.${field}`) ?? (field === 'street' ? fieldError('address') : undefined)}
      />
      <TextField
        label="Phone"
        name="phone"
        type="tel"
        autoComplete="tel"
        value={phone}
        onChange={(e) => setPhone(e.target.value)}
        error={fieldError('phone')}
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
        error={fieldError('notes')}
        hint="Only the provider who accepts sees these, like a door code."
      />
      <button type="submit" className="button" disabled={create.isPending}>
        {create.isPending ? 'Booking…' : 'Book'}
      </button>
      {created && (
        <p role="status" className="notice notice--success">
          {created}
        </p>
      )}
    </form>
  );
}
