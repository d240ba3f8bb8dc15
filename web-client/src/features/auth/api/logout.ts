import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { endSession } from '@/lib/session';

export function logout(): Promise<void> {
  return api.post<void>('/api/auth/logout');
}

/** Revokes the token on the server, then forgets it here whatever the server answered. */
export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () => {
      try {
        await logout();
      } catch {
        // An expired or already revoked token is as good as logged out.
      }
    },
    onSettled: () => {
      endSession('logout');
      // After the guards have left the signed-in pages, so nothing refetches without a token.
      setTimeout(() => queryClient.clear(), 0);
    },
  });
}
