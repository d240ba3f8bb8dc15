import { queryOptions, useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { api } from '@/lib/api-client';
import { updateSessionUser } from '@/lib/session';
import type { User } from '@/types/api';

export function getMe(): Promise<User> {
  return api.get<User>('/api/me');
}

export const getMeQueryOptions = () => queryOptions({ queryKey: ['me'], queryFn: getMe });

/**
 * The signed-in user, fresh from the server. Also proves that the session still stands: a token
 * refused with 401 is renewed, and a session that cannot be renewed ends.
 */
export function useMe() {
  const query = useQuery(getMeQueryOptions());
  useEffect(() => {
    if (query.data) updateSessionUser(query.data);
  }, [query.data]);
  return query;
}
