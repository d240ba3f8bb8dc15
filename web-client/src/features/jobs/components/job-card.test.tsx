import { act, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeBooking, provider, redacted, renderWithProviders, signIn, testQueryClient } from '@/testing/test-utils';
import { NEW_FOR_MS } from '../hooks/use-mark-seen';
import { jobKeys, type AvailableJob } from '../utils/job-cache';
import { AvailableJobs } from './available-jobs';

function boardWith(jobs: AvailableJob[]) {
  const queryClient = testQueryClient();
  queryClient.setQueryData(jobKeys.available(), jobs);
  return queryClient;
}

function showPage(visible: boolean) {
  vi.spyOn(document, 'visibilityState', 'get').mockReturnValue(visible ? 'visible' : 'hidden');
  act(() => {
    document.dispatchEvent(new Event('visibilitychange'));
  });
}

async function pass(ms: number) {
  await act(() => vi.advanceTimersByTimeAsync(ms));
}

afterEach(() => {
  vi.useRealTimers();
});

describe('a new job on the board', () => {
  it('stays marked New until it has been on screen for a while, then the mark clears', async () => {
    vi.useFakeTimers();
    signIn(provider);
    const fresh: AvailableJob = { ...redacted(makeBooking()), arrivedAt: Date.now() };
    renderWithProviders(<AvailableJobs />, boardWith([fresh]));
    const card = screen.getByTestId('job-card');
    expect(card).toHaveAttribute('data-new', 'true');
    expect(card).toHaveClass('job--new');

    await pass(NEW_FOR_MS - 10);
    expect(card).toHaveAttribute('data-new', 'true');
    await pass(20);
    expect(card).not.toHaveAttribute('data-new');
    expect(card).not.toHaveClass('job--new');
    expect(screen.queryByText('New')).not.toBeInTheDocument();
  });

  it('waits, while the page is hidden, for the provider to come back and see it', async () => {
    vi.useFakeTimers();
    signIn(provider);
    showPage(false);
    const fresh: AvailableJob = { ...redacted(makeBooking()), arrivedAt: Date.now() };
    renderWithProviders(<AvailableJobs />, boardWith([fresh]));

    await pass(10 * NEW_FOR_MS);
    expect(screen.getByTestId('job-card')).toHaveAttribute('data-new', 'true');

    showPage(true);
    await pass(NEW_FOR_MS + 10);
    expect(screen.getByTestId('job-card')).not.toHaveAttribute('data-new');
  });
});
