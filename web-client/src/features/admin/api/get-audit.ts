import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { AuditEntry, Page } from '@/types/api';
import { adminKeys } from '../utils/admin-keys';

export const AUDIT_PAGE_SIZE = 25;

/** Audit entries, newest first; `subject` narrows them to one account or booking. */
export function getAudit(page: number, subject?: string, size = AUDIT_PAGE_SIZE): Promise<Page<AuditEntry>> {
  return api.get<Page<AuditEntry>>('/api/admin/audit', { query: { page, size, subject: subject || undefined } });
}

export const getAuditQueryOptions = (page: number, subject?: string) =>
  queryOptions({ queryKey: adminKeys.auditPage(page, subject), queryFn: () => getAudit(page, subject), placeholderData: keepPreviousData });

export function useAudit(page: number, subject?: string) {
  return useQuery(getAuditQueryOptions(page, subject));
}
