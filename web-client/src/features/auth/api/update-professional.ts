import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { updateSessionUser } from '@/lib/session';
import type { Professional, User } from '@/types/api';
import { getMeQueryOptions } from './get-me';

/** Corrected details of an UNVERIFIED or REJECTED provider; a REJECTED one goes back to UNVERIFIED. */
export function updateProfessional(professional: Professional): Promise<User> {
  return api.put<User>('/api/me/professional', professional);
}

export function useUpdateProfessional() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateProfessional,
    onSuccess: (user) => {
      queryClient.setQueryData(getMeQueryOptions().queryKey, user);
      updateSessionUser(user, { settles: true });
    },
  });
}
