import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { jobKeys } from '../utils/job-cache';
import { applyJobEvent } from './jobs-stream';

describe('applyJobEvent', () => {
  it('reads the provider’s own visits and shift again on a fresh snapshot, which says nothing of them', () => {
    const queryClient = new QueryClient();
    queryClient.setQueryData(jobKeys.minePage('ACTIVE', 0), { items: [], page: 0, size: 20, total: 0 });
    queryClient.setQueryData(jobKeys.duty(), { onDuty: true, capacity: 1, activeVisits: 0 });

    applyJobEvent(queryClient, { id: '7', event: 'snapshot', data: JSON.stringify({ items: [], page: 0, size: 20, total: 0 }) });

    expect(queryClient.getQueryState(jobKeys.minePage('ACTIVE', 0))?.isInvalidated).toBe(true);
    expect(queryClient.getQueryState(jobKeys.duty())?.isInvalidated).toBe(true);
  });
});
