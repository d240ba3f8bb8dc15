import { TextField } from '@/components/ui/field';
import type { Professional, ServiceType } from '@/types/api';
import { PROFESSIONAL_HINTS, PROFESSIONAL_LABELS, professionalFieldsFor, type ProfessionalField } from '@/lib/professional';

interface ProfessionalFieldsProps {
  serviceType: ServiceType | '';
  values: Professional;
  onChange: (values: Professional) => void;
  error: (field: ProfessionalField) => string | undefined;
  /** An error about the details as a whole (the API's field `professional`). */
  groupError?: string;
}

/** The professional details a service type asks for: nothing until a service is chosen. */
export function ProfessionalFields({ serviceType, values, onChange, error, groupError }: ProfessionalFieldsProps) {
  const fields = professionalFieldsFor(serviceType);
  if (fields.length === 0) return null;
  return (
    <fieldset className="form" data-testid="professional-fields">
      <legend>Professional details</legend>
      {groupError && <p className="field__error">{groupError}</p>}
      {fields.map((field) => (
        <TextField
          key={field}
          label={PROFESSIONAL_LABELS[field]}
          name={field}
          autoComplete="off"
          value={values[field] ?? ''}
          onChange={(e) => onChange({ ...values, [field]: e.target.value })}
          error={error(field)}
          hint={PROFESSIONAL_HINTS[field]}
          required
        />
      ))}
    </fieldset>
  );
}
