import type { Professional, ServiceType } from '@/types/api';

export type ProfessionalField = keyof Professional;

/** The details each service type asks of its providers. */
export function professionalFieldsFor(serviceType: ServiceType | '' | undefined): ProfessionalField[] {
  if (!serviceType) return [];
  return serviceType === 'MEDICINE_DELIVERY' ? ['identityDocument', 'vehicle'] : ['licenceNumber'];
}

export const PROFESSIONAL_LABELS: Record<ProfessionalField, string> = {
  licenceNumber: 'Licence or registration number',
  identityDocument: 'Identity document',
  vehicle: 'Vehicle',
};

export const PROFESSIONAL_HINTS: Record<ProfessionalField, string> = {
  licenceNumber: 'The number your professional register gave you. We check it before you see any patient.',
  identityDocument: 'Type and number, for example: passport 123456789.',
  vehicle: 'What you deliver with, for example: blue scooter, plate AB12 CDE.',
};

const MISSING: Record<ProfessionalField, string> = {
  licenceNumber: 'Enter your licence or registration number.',
  identityDocument: 'Enter your identity document.',
  vehicle: 'Describe your vehicle.',
};

/** Only the fields of the service type, trimmed: the API refuses the others. */
export function professionalFor(serviceType: ServiceType, values: Professional): Professional {
  return Object.fromEntries(professionalFieldsFor(serviceType).map((field) => [field, (values[field] ?? '').trim()]));
}

/** The empty fields of the service type, with what to write in each. */
export function missingProfessional(serviceType: ServiceType | '' | undefined, values: Professional): Partial<Record<ProfessionalField, string>> {
  return Object.fromEntries(professionalFieldsFor(serviceType).filter((field) => !values[field]?.trim()).map((field) => [field, MISSING[field]]));
}
