import { useEffect, useState, type FormEvent } from 'react';
import { SelectField, TextAreaField, TextField } from '@/components/ui/field';
import { FormError } from '@/components/ui/form-error';
import { ApiError, errorMessage } from '@/lib/api-client';
import { localInputToIso, serviceLabel } from '@/lib/format';
import { compact } from '@/lib/validation';
import { SERVICE_TYPES, type Booking, type ServiceType } from '@/types/api';
import { useCreateBooking } from '../api/create-booking';
import { focusFirstInvalid } from '@/lib/focus';

const ADDRESS_MAX = 500;
const NOTES_MAX = 2000;

/** The patient's "book a visit" form. */
export function BookingForm({ onCreated }: { onCreated?: (booking: Booking) => void }) {
  const [serviceType, setServiceType] = useState<ServiceType | ''>('');
  const [address, setAddress] = useState('');
  const [when, setWhen] = useState('');
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
    const scheduledFor = localInputToIso(when);
    const found = compact({
      serviceType: !serviceType && 'Choose a service.',
      address: !address.trim() ? 'Enter the address for the visit.' : address.trim().length > ADDRESS_MAX && `Use at most ${ADDRESS_MAX} characters.`,
      scheduledFor: when
        ? !scheduledFor
          ? 'Enter a valid date and time.'
          : Date.parse(scheduledFor) <= Date.now() && 'Choose a time in the future.'
        : false,
      notes: notes.length > NOTES_MAX && `Use at most ${NOTES_MAX} characters.`,
    });
    setErrors(found);
    if (Object.keys(found).length > 0) focusFirstInvalid(form);
    setCreated(null);
    if (Object.keys(found).length > 0 || !serviceType || create.isPending) return;
    create.mutate(
      { serviceType, address: address.trim(), ...(scheduledFor ? { scheduledFor } : {}), ...(notes.trim() ? { notes: notes.trim() } : {}) },
      {
        onSuccess: (booking) => {
          setAddress('');
          setWhen('');
          setNotes('');
          setCreated(`Booked: ${serviceLabel(booking.serviceType)}. We will tell you here when a provider accepts.`);
          onCreated?.(booking);
        },
      },
    );
  };

  const serverErrors = create.error instanceof ApiError ? create.error.fieldErrors : {};
  const hasFieldErrors = Object.keys(serverErrors).length > 0;
  const fieldError = (field: string) => errors[field] ?? serverErrors[field];

  return (
    <form className="form card" onSubmit={submit} noValidate aria-labelledby="booking-form-title" data-testid="booking-form">
      <h2 id="booking-form-title">Book a visit</h2>
      <FormError message={create.error && !hasFieldErrors ? errorMessage(create.error) : null} />
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
      <TextField
        label="Address"
        name="address"
        autoComplete="street-address"
        value={address}
        onChange={(e) => setAddress(e.target.value)}
        error={fieldError('address')}
        required
      />
      <TextField
        label="Preferred time (optional)"
        name="scheduledFor"
        type="datetime-local"
        value={when}
        onChange={(e) => setWhen(e.target.value)}
        error={fieldError('scheduledFor')}
      />
      <TextAreaField
        label="Notes (optional)"
        name="notes"
        rows={3}
        value={notes}
        onChange={(e) => setNotes(e.target.value)}
        error={fieldError('notes')}
        hint="Anything the provider should know, like a door code."
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
