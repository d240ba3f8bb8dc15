import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { onlineManager } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { json, mockFetch, problem } from '@/testing/mock-fetch';
import { makeBooking, provider, renderWithProviders, signIn, testQueryClient } from '@/testing/test-utils';
import type { Booking } from '@/types/api';
import { jobKeys } from '../utils/job-cache';
import { AvailableJobs } from './available-jobs';

function withJobs(jobs: Booking[]) {
  const queryClient = testQueryClient();
  queryClient.setQueryData(jobKeys.available(), jobs);
  return queryClient;
}

afterEach(() => {
  vi.useRealTimers();
  onlineManager.setOnline(true);
});

describe('Accept', () => {
  it('sends exactly one claim however often it is pressed, and reads "Accepting…" while unavailable, keeping the keyboard', async () => {
    signIn(provider);
    const job = makeBooking();
    let answer!: (response: Response) => void;
    const api = mockFetch({
      'POST /api/jobs/:id/claim': () => new Promise<Response>((resolve) => (answer = resolve)),
    });
    const { user } = renderWithProviders(<AvailableJobs />, withJobs([job]));

    const button = screen.getByRole('button', { name: /accept/i });
    await user.tripleClick(button);
    await user.click(button);

    expect(api.sent('POST', /\/claim$/)).toHaveLength(1);
    expect(button).toHaveAttribute('aria-disabled', 'true');
    expect(button).toHaveTextContent('Accepting…');
    expect(button, 'a pressed button keeps the keyboard instead of dropping it to the page').toHaveFocus();

    answer(json({ ...job, status: 'ACCEPTED', provider: { id: provider.id, name: provider.name } }));
    await waitFor(() => expect(screen.queryByTestId('job-card')).not.toBeInTheDocument());
    expect(api.sent('POST', /\/claim$/)).toHaveLength(1);
  });

  it('does not send a second request from the keyboard either', async () => {
    signIn(provider);
    const api = mockFetch({ 'POST /api/jobs/:id/claim': () => new Promise<Response>(() => undefined) });
    const { user } = renderWithProviders(<AvailableJobs />, withJobs([makeBooking()]));
    screen.getByRole('button', { name: /accept/i }).focus();
    await user.keyboard('{Enter}{Enter} ');
    expect(api.sent('POST', /\/claim$/)).toHaveLength(1);
  });

  it('on 409 says another provider took it, then the card leaves', async () => {
    signIn(provider);
    const job = makeBooking();
    mockFetch({
      'POST /api/jobs/:id/claim': () => problem(409, { title: 'Booking status conflict', detail: 'This job is no longer available; it is ACCEPTED.', currentStatus: 'ACCEPTED' }),
    });
    const { user } = renderWithProviders(<AvailableJobs />, withJobs([job]));

    await user.click(screen.getByRole('button', { name: /accept/i }));

    const card = screen.getByTestId('job-card');
    expect(await screen.findByText(/another provider took it/i)).toBeInTheDocument();
    expect(card).toHaveAttribute('data-id', job.id);
    expect(screen.queryByRole('button', { name: /accept/i })).not.toBeInTheDocument();
    await waitFor(() => expect(screen.queryByTestId('job-card')).not.toBeInTheDocument(), { timeout: 5000 });
  });

  it('lets the provider try again after a network failure', async () => {
    signIn(provider);
    let calls = 0;
    mockFetch({
      'POST /api/jobs/:id/claim': () => {
        calls += 1;
        return Promise.reject(new TypeError('Failed to fetch'));
      },
    });
    const { user } = renderWithProviders(<AvailableJobs />, withJobs([makeBooking()]));
    await user.click(screen.getByRole('button', { name: /accept/i }));
    expect(await screen.findByRole('alert')).toHaveTextContent('No connection: the job was not accepted. Try again.');
    const button = screen.getByRole('button', { name: /accept/i });
    expect(button).not.toHaveAttribute('aria-disabled', 'true');
    await user.click(button);
    await waitFor(() => expect(calls).toBe(2));
  });

  it('offline, fails at once instead of waiting to go through by itself when the network returns', async () => {
    signIn(provider);
    onlineManager.setOnline(false);
    const api = mockFetch({ 'POST /api/jobs/:id/claim': () => Promise.reject(new TypeError('Failed to fetch')) });
    const { user } = renderWithProviders(<AvailableJobs />, withJobs([makeBooking()]));
    await user.click(screen.getByRole('button', { name: /accept/i }));
    expect(await screen.findByRole('alert')).toHaveTextContent('No connection: the job was not accepted. Try again.');
    expect(api.sent('POST', /\/claim$/)).toHaveLength(1);

    onlineManager.setOnline(true);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(api.sent('POST', /\/claim$/), 'nothing sent when the network returns').toHaveLength(1);
    expect(screen.getByRole('button', { name: /accept/i })).not.toHaveAttribute('aria-disabled', 'true');
  });

  it('abandons a claim with no answer after 15 s, never sends it later, and Accept works again', async () => {
    vi.useFakeTimers();
    signIn(provider);
    const api = mockFetch({ 'POST /api/jobs/:id/claim': () => new Promise<Response>(() => undefined) });
    renderWithProviders(<AvailableJobs />, withJobs([makeBooking()]));

    fireEvent.click(screen.getByRole('button', { name: /accept/i }));
    await act(() => vi.advanceTimersByTimeAsync(14_999));
    expect(screen.getByRole('button', { name: 'Accepting…' })).toHaveAttribute('aria-disabled', 'true');

    await act(() => vi.advanceTimersByTimeAsync(1));
    expect(screen.getByRole('alert')).toHaveTextContent('No answer in time, so the app stopped waiting: as far as it knows, the job was not accepted.');
    expect(screen.getByRole('button', { name: /accept/i })).not.toHaveAttribute('aria-disabled', 'true');
    const [claim] = api.sent('POST', /\/claim$/);
    expect(claim!.signal?.aborted, 'the browser drops the request').toBe(true);

    await act(() => vi.advanceTimersByTimeAsync(10 * 60_000));
    expect(api.sent('POST', /\/claim$/)).toHaveLength(1);
  });
});
