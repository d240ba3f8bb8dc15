import { useMutation } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { startSession } from '@/lib/session';
import type { LoginResponse } from '@/types/api';

export interface LoginInput {
  email: string;
  password: string;
}

/** Answers the access token, and sets the HttpOnly refresh cookie that renews it. */
export function login(input: LoginInput): Promise<LoginResponse> {
  return api.post<LoginResponse>('/api/auth/login', input);
}

/** Signs in; the query cache is emptied for the new person by the app's provider. */
export function useLogin() {
  return useMutation({ mutationFn: login, onSuccess: (response) => startSession(response) });
}
