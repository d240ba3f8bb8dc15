import { SelectField } from '@/components/ui/field';
import { serviceLabel, statusLabel } from '@/lib/format';
import { BOOKING_STATUSES, SERVICE_TYPES, type BookingStatus, type ServiceType } from '@/types/api';
import type { BookingFilter } from '../utils/admin-keys';

/** Ages an operator asks about, as the ISO 8601 durations the API takes. */
export const AGES: { value: string; label: string }[] = [
  { value: 'PT15M', label: 'over 15 minutes' },
  { value: 'PT30M', label: 'over 30 minutes' },
  { value: 'PT1H', label: 'over 1 hour' },
  { value: 'PT4H', label: 'over 4 hours' },
  { value: 'P1D', label: 'over 1 day' },
];

interface BookingFiltersProps {
  filter: BookingFilter;
  onChange: (filter: Omit<BookingFilter, 'page'>) => void;
}

/** Status, service and age; each change applies at once and starts again at the first page. */
export function BookingFilters({ filter, onChange }: BookingFiltersProps) {
  const { status, serviceType, waitingLongerThan } = filter;
  const current = { status, serviceType, waitingLongerThan };
  return (
    <form className="filters" aria-label="Filter bookings" onSubmit={(event) => event.preventDefault()}>
      <SelectField
        label="Status"
        name="status"
        value={status ?? ''}
        onChange={(e) => onChange({ ...current, status: (e.target.value || undefined) as BookingStatus | undefined })}
      >
        <option value="">Any status</option>
        {BOOKING_STATUSES.map((value) => (
          <option key={value} value={value}>
            {statusLabel(value)}
          </option>
        ))}
      </SelectField>
      <SelectField
        label="Service"
        name="serviceType"
        value={serviceType ?? ''}
        onChange={(e) => onChange({ ...current, serviceType: (e.target.value || undefined) as ServiceType | undefined })}
      >
        <option value="">Any service</option>
        {SERVICE_TYPES.map((value) => (
          <option key={value} value={value}>
            {serviceLabel(value)}
          </option>
        ))}
      </SelectField>
      <SelectField
        label="Age"
        name="age"
        value={waitingLongerThan ?? ''}
        onChange={(e) => onChange({ ...current, waitingLongerThan: e.target.value || undefined })}
      >
        <option value="">Any age</option>
        {AGES.map((age) => (
          <option key={age.value} value={age.value}>
            {age.label}
          </option>
        ))}
      </SelectField>
    </form>
  );
}
