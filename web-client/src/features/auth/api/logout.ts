import { useMutation } from '@tanstack/react-query';
import { api, ApiError, ConnectionError } from '@/lib/api-client';
import { endSession } from '@/lib/session';

/** Ends the session on the server: its tokens are refused everywhere and the refresh cookie is cleared. */
export function logout(): Promise<void> {
  return api.post<void>('/api/auth/logout');
}

/** The server may not have heard: its cookie would sign this browser in again, so the session stays. */
const notHeard = (error: unknown) => error instanceof ConnectionError || (error instanceof ApiError && error.status >= 500);

/**
 * Logs out, then forgets the token here and in every other tab. A session the server had already
 * ended counts as logged out; a logout it did not hear fails, and the person is still signed in.
 */
export function useLogout() {
  return useMutation({
    mutationFn: logout,
    onSuccess: () => endSession('logout'),
    onError: (error) => {
      if (!notHeard(error)) endSession('logout');
    },
  });
}
