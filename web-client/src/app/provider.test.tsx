import { act } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { endSession, startSession } from '@/lib/session';
import { patient, provider, renderWithProviders, signIn, testQueryClient } from '@/testing/test-utils';

const renewedFor = (user: typeof patient) => ({ accessToken: 'other', tokenType: 'Bearer' as const, expiresIn: 900, user });

function withCachedBookings() {
  const queryClient = testQueryClient();
  queryClient.setQueryData(['bookings', 'list'], ['cached']);
  renderWithProviders(<p>page</p>, queryClient);
  return queryClient;
}

describe('AppProvider', () => {
  it('keeps the cache when the same person gets a new token', () => {
    signIn(patient);
    const queryClient = withCachedBookings();
    act(() => void startSession(renewedFor(patient)));
    expect(queryClient.getQueryData(['bookings', 'list'])).toEqual(['cached']);
  });

  it('forgets what it cached for one person when another signs in (in another tab too)', () => {
    signIn(patient);
    const queryClient = withCachedBookings();
    act(() => void startSession(renewedFor(provider)));
    expect(queryClient.getQueryData(['bookings', 'list'])).toBeUndefined();
  });

  it('forgets it after a logout, once the guards have left the pages', async () => {
    signIn(patient);
    const queryClient = withCachedBookings();
    act(() => endSession('logout'));
    expect(queryClient.getQueryData(['bookings', 'list'])).toEqual(['cached']);
    await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
    expect(queryClient.getQueryData(['bookings', 'list'])).toBeUndefined();
  });
});
