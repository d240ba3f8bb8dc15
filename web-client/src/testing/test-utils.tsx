import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { createMemoryRouter, MemoryRouter, RouterProvider } from 'react-router';
import { AppProvider } from '@/app/provider';
import { routes } from '@/app/router';
import { mutationDefaults } from '@/lib/react-query';
import { startSession } from '@/lib/session';
import type { Booking, User, VerificationStatus } from '@/types/api';
import { json, mockFetch, sseRoute } from './mock-fetch';

export function testQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: { queries: { retry: false, gcTime: Infinity, staleTime: Infinity }, mutations: mutationDefaults },
  });
}

export const patient: User = { id: 'u-patient', name: 'Pat Patient', email: 'pat@example.com', role: 'USER', createdAt: '2030-01-01T00:00:00Z' };
export const provider: User = {
  id: 'u-provider',
  name: 'Nina Nurse',
  email: 'nina@example.com',
  role: 'PROVIDER',
  serviceType: 'NURSE_VISIT',
  rating: { average: null, count: 0 },
  verification: { status: 'VERIFIED', reason: null, changedAt: '2030-01-01T01:00:00Z' },
  professional: { licenceNumber: 'RN-123456' },
  createdAt: '2030-01-01T00:00:00Z',
};

export const admin: User = { id: 'u-admin', name: 'Ada Admin', email: 'ada@example.com', role: 'ADMIN', createdAt: '2030-01-01T00:00:00Z' };

/** A provider in another verification status, changed at `changedAt` (later than the VERIFIED fixture's). */
export function providerIn(status: VerificationStatus, reason: string | null = null, changedAt = '2030-01-02T00:00:00Z'): User {
  return { ...provider, verification: { status, reason, changedAt } };
}

export function signIn(user: User, expiresIn = 900) {
  return startSession({ accessToken: `token-${user.id}`, tokenType: 'Bearer', expiresIn, user });
}

let sequence = 0;
/** A booking as its patient, its provider or an administrator sees it: with the private details. */
export function makeBooking(overrides: Partial<Booking> = {}): Booking {
  sequence += 1;
  return {
    id: `b-${sequence}`,
    serviceType: 'NURSE_VISIT',
    status: 'PENDING',
    area: { district: 'Kreuzberg', city: 'Berlin' },
    need: 'Wound dressing after surgery',
    windowStart: null,
    windowEnd: null,
    timeZone: 'Europe/Berlin',
    expiresAt: '2030-01-01T12:00:00Z',
    expectedArrival: null,
    statusReason: null,
    statusNote: null,
    scheduledFor: null,
    createdAt: '2030-01-01T10:00:00Z',
    updatedAt: '2030-01-01T10:00:00Z',
    provider: null,
    rating: null,
    address: { street: `${sequence} Main Street`, flat: null, postcode: '10997', city: 'Berlin', district: 'Kreuzberg', country: 'DE' },
    phone: '+4930123456',
    notes: null,
    patient: { id: patient.id, name: patient.name },
    ...overrides,
  };
}

/** The same booking as anyone else sees it (a provider deciding, the console's lists): no private details. */
export function redacted(booking: Booking): Booking {
  const hidden = new Set(['address', 'legacyAddress', 'phone', 'notes', 'patient', 'statusNote']);
  return Object.fromEntries(Object.entries(booking).filter(([key]) => !hidden.has(key))) as unknown as Booking;
}

export function page<T>(items: T[], size = 20) {
  return { items, page: 0, size, total: items.length };
}

const FINISHED: readonly string[] = ['COMPLETED', 'CANCELLED', 'EXPIRED'];

/**
 * GET /api/bookings as the service answers it: `bookings` (newest first) kept by its `status` filter
 * (UNFINISHED or FINISHED), if any, a page of the size asked for (`size` if none) at a time.
 */
export function bookingsAnswer(bookings: Booking[], size = 20) {
  return ({ url }: { url: URL }) => {
    const status = url.searchParams.get('status');
    const kept = status ? bookings.filter((booking) => FINISHED.includes(booking.status) === (status === 'FINISHED')) : bookings;
    const pageSize = Number(url.searchParams.get('size') ?? size);
    const number = Number(url.searchParams.get('page') ?? 0);
    return json({ items: kept.slice(number * pageSize, (number + 1) * pageSize), page: number, size: pageSize, total: kept.length });
  };
}

/** The whole app at `path`, with the real routes and guards. */
export function renderApp(path: string, queryClient = testQueryClient()) {
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const user = userEvent.setup();
  const view = render(
    <AppProvider queryClient={queryClient}>
      <RouterProvider router={router} />
    </AppProvider>,
  );
  return { ...view, router, user, queryClient };
}

/** One component with the query client and a router around it. */
export function renderWithProviders(ui: ReactElement, queryClient = testQueryClient()) {
  const user = userEvent.setup();
  const view = render(
    <AppProvider queryClient={queryClient}>
      <MemoryRouter>{ui}</MemoryRouter>
    </AppProvider>,
  );
  return { ...view, user, queryClient };
}

/**
 * A signed-in patient on /bookings, the API answering with `bookings` (and `extra`), and the live
 * stream in the test's hands.
 */
export function renderPatientBookings(bookings: Booking[] = [], extra: Parameters<typeof mockFetch>[0] = {}) {
  signIn(patient);
  const stream = sseRoute();
  const api = mockFetch({
    'GET /api/me': () => json(patient),
    'GET /api/bookings/stream': stream.handler,
    'GET /api/bookings': bookingsAnswer(bookings, 10),
    ...extra,
  });
  return { ...renderApp('/bookings'), stream, api };
}
