// Shapes of the MedOnDoor API (see src/main/resources/openapi.yaml in the service).

export type Role = 'USER' | 'PROVIDER';
export type ServiceType = 'DOCTOR_CONSULTATION' | 'NURSE_VISIT' | 'MEDICINE_DELIVERY';
export type BookingStatus = 'PENDING' | 'ACCEPTED' | 'COMPLETED' | 'CANCELLED';

export const SERVICE_TYPES: readonly ServiceType[] = ['DOCTOR_CONSULTATION', 'NURSE_VISIT', 'MEDICINE_DELIVERY'];

export interface RatingSummary {
  average: number | null;
  count: number;
}

export interface User {
  id: string;
  name: string;
  email: string;
  role: Role;
  serviceType?: ServiceType;
  rating?: RatingSummary;
  createdAt: string;
}

export interface LoginResponse {
  accessToken: string;
  tokenType: 'Bearer';
  expiresIn: number;
  user: User;
}

export interface Party {
  id: string;
  name: string;
}

export interface BookingRating {
  stars: number;
  review: string | null;
  createdAt: string;
}

export interface Booking {
  id: string;
  serviceType: ServiceType;
  status: BookingStatus;
  address: string;
  notes: string | null;
  scheduledFor: string | null;
  createdAt: string;
  updatedAt: string;
  patient: Party;
  provider: Party | null;
  rating: BookingRating | null;
}

export interface Page<T> {
  items: T[];
  page: number;
  size: number;
  total: number;
}

export interface Rating {
  id: string;
  bookingId: string;
  providerId: string;
  stars: number;
  review: string | null;
  createdAt: string;
}

export interface ProviderRatings extends Page<{ id: string; stars: number; review: string | null; createdAt: string }> {
  average: number | null;
  count: number;
}

export interface FieldError {
  field: string;
  message: string;
}

/** An RFC 9457 problem body, as every API error is. */
export interface Problem {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  instance?: string;
  requestId?: string;
  currentStatus?: BookingStatus;
  errors?: FieldError[];
}
