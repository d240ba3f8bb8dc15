import { useMutation } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { endSession } from '@/lib/session';

/** Ends the session on the server: its tokens are refused everywhere and the refresh cookie is cleared. */
export function logout(): Promise<void> {
  return api.post<void>('/api/auth/logout');
}

/** Logs out, then forgets the token here (and in every other tab) whatever the server answered. */
export function useLogout() {
  return useMutation({
    mutationFn: async () => {
      try {
        await logout();
      } catch {
        // A session the server had already ended is as good as logged out.
      }
    },
    onSettled: () => endSession('logout'),
  });
}
