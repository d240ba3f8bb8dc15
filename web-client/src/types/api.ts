// Shapes of the MedOnDoor API (see src/main/resources/openapi.yaml in the service).

export type Role = 'USER' | 'PROVIDER' | 'ADMIN';
export type ServiceType = 'DOCTOR_CONSULTATION' | 'NURSE_VISIT' | 'MEDICINE_DELIVERY';
export type BookingStatus = 'PENDING' | 'ACCEPTED' | 'EN_ROUTE' | 'IN_PROGRESS' | 'COMPLETED' | 'CANCELLED' | 'EXPIRED';

export const SERVICE_TYPES: readonly ServiceType[] = ['DOCTOR_CONSULTATION', 'NURSE_VISIT', 'MEDICINE_DELIVERY'];
export const BOOKING_STATUSES: readonly BookingStatus[] = ['PENDING', 'ACCEPTED', 'EN_ROUTE', 'IN_PROGRESS', 'COMPLETED', 'CANCELLED', 'EXPIRED'];

/** A visit in a provider's hands: accepted, on the way or in progress. */
export const ACTIVE_STATUSES: readonly BookingStatus[] = ['ACCEPTED', 'EN_ROUTE', 'IN_PROGRESS'];

/** Why the latest change of a booking was made, where it was not the usual next step. */
export type StatusReason = 'RELEASED' | 'PROVIDER_SUSPENDED' | 'CANCELLED_BY_PATIENT' | 'OVERDUE_RELEASED' | 'OVERDUE_CANCELLED';

export type VerificationStatus = 'UNVERIFIED' | 'VERIFIED' | 'REJECTED' | 'SUSPENDED';
export const VERIFICATION_STATUSES: readonly VerificationStatus[] = ['UNVERIFIED', 'VERIFIED', 'REJECTED', 'SUSPENDED'];

/** Where a provider stands; `reason` is the administrator's, for REJECTED and SUSPENDED. */
export interface Verification {
  status: VerificationStatus;
  reason: string | null;
  changedAt: string;
}

/** A provider's professional details: a licence for doctors and nurses, identity and vehicle for couriers. */
export interface Professional {
  licenceNumber?: string;
  identityDocument?: string;
  vehicle?: string;
}

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
  /** Providers only. */
  verification?: Verification;
  /** Providers only. */
  professional?: Professional;
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

/**
 * A structured address; `country` is an ISO 3166-1 alpha-2 code. The service may add the whole of it
 * on one `line`, which is all an old booking's address has (its parts null then).
 */
export interface Address {
  street: string;
  flat: string | null;
  postcode: string;
  city: string;
  district: string;
  country: string;
  line?: string;
}

/** What anyone allowed to see a booking sees of where it is. */
export interface Area {
  district: string;
  city: string;
}

/**
 * A booking as the API shows it. The private details (`address`, `legacyAddress`, `phone`, `notes`,
 * `patient`) are there only for its patient, the provider assigned to it and administrators; for
 * anyone else (a provider deciding whether to accept) they are absent, or null.
 */
export interface Booking {
  id: string;
  serviceType: ServiceType;
  status: BookingStatus;
  /** Null only for a booking made before addresses were structured. */
  area: Area | null;
  /** What the patient needs, written for providers to decide on; null on old bookings. */
  need: string | null;
  /** The visit's window; both null: as soon as possible. */
  windowStart: string | null;
  windowEnd: string | null;
  /** The IANA zone the visit's times are shown in, e.g. Europe/Berlin. */
  timeZone: string;
  /** Unclaimed by then, a PENDING booking expires. */
  expiresAt: string | null;
  /** While EN_ROUTE, when the provider said they would arrive (if they said). */
  expectedArrival: string | null;
  statusReason: StatusReason | null;
  /** The person's own words with the latest change: private, like the address. */
  statusNote?: string | null;
  /** The window's start under its old name. */
  scheduledFor: string | null;
  createdAt: string;
  updatedAt: string;
  provider: Party | null;
  rating: BookingRating | null;
  /** Null on a booking made before addresses were structured: `legacyAddress` holds its one line. */
  address?: Address | null;
  legacyAddress?: string;
  phone?: string | null;
  notes?: string | null;
  patient?: Party | null;
}

/** One step of a booking's life, as its patient follows it (GET /api/bookings/{id}/steps). */
export interface BookingStep {
  status: BookingStatus;
  at: string;
  reason: StatusReason | null;
  note: string | null;
  expectedArrival: string | null;
  /** Who took the visit on, or whose hands it left. */
  provider: Party | null;
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

/** A rating as a provider's page lists it: no booking, no patient. */
export interface ProviderRating {
  id: string;
  stars: number;
  review: string | null;
  createdAt: string;
}

export interface ProviderRatings extends Page<ProviderRating> {
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
  /** A booking's status (409 on bookings) or a provider's verification status (409 on admin actions). */
  currentStatus?: BookingStatus | VerificationStatus;
  errors?: FieldError[];
}

export type AuditAction =
  | 'CREATE_ADMIN'
  | 'APPROVE_PROVIDER'
  | 'REJECT_PROVIDER'
  | 'SUSPEND_PROVIDER'
  | 'REINSTATE_PROVIDER'
  | 'READ_BOOKING'
  | 'RELEASE_OVERDUE'
  | 'CANCEL_OVERDUE';

/** One row of the audit log; `actor` is null for what the service did by itself. */
export interface AuditEntry {
  id: string;
  actor: Party | null;
  action: AuditAction | string;
  subjectId: string | null;
  reason: string | null;
  occurredAt: string;
}
