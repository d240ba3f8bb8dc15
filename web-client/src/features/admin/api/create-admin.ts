import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { User } from '@/types/api';
import { adminKeys } from '../utils/admin-keys';

export interface CreateAdminInput {
  name: string;
  email: string;
  password: string;
}

export function createAdmin(input: CreateAdminInput): Promise<User> {
  return api.post<User>('/api/admin/admins', input);
}

export function useCreateAdmin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createAdmin,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: adminKeys.audit() }),
  });
}
