import { useMutation } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Professional, Role, ServiceType, User } from '@/types/api';

export interface RegisterInput {
  name: string;
  email: string;
  password: string;
  role: Role;
  serviceType?: ServiceType;
  professional?: Professional;
}

export function register(input: RegisterInput): Promise<User> {
  return api.post<User>('/api/auth/register', input);
}

export function useRegister() {
  return useMutation({ mutationFn: register });
}
