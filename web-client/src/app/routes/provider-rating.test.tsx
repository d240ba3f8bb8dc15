import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json, mockFetch, sseRoute } from '@/testing/mock-fetch';
import { makeBooking, page, provider, redacted, renderApp, signIn } from '@/testing/test-utils';
import type { Booking } from '@/types/api';

const nina = { id: provider.id, name: provider.name };
const rating = { id: 'r-1', stars: 5, review: 'On time and gentle', createdAt: '2030-01-02T12:00:00Z' };

/** The dashboard over a mocked service, with a history of completed visits and no rating yet. */
function dashboard(history: Booking[]) {
  signIn(provider);
  const stream = sseRoute();
  const api = mockFetch({
    'GET /api/me': () => json(provider),
    'GET /api/jobs/stream': stream.handler,
    'GET /api/jobs/mine': ({ url }) => json(page(url.searchParams.get('status') === 'COMPLETED' ? history : [], 10)),
    'GET /api/jobs/duty': () => json({ onDuty: true, capacity: 1, activeVisits: 0 }),
    'GET /api/providers/:id/ratings': () => json({ average: null, count: 0, items: [], page: 0, size: 5, total: 0 }),
  });
  const { user } = renderApp('/provider');
  return { stream, api, user };
}

const historyRow = (id: string) => screen.getAllByTestId('history-job').find((row) => row.dataset.id === id)!;

describe('a rating of the provider’s visit, live', () => {
  it('updates the summary, the latest reviews and the history row in place, and says who rated', async () => {
    const visit = makeBooking({ status: 'COMPLETED', provider: nina });
    const { stream, api } = dashboard([visit]);
    await waitFor(() => expect(stream.feeds).toHaveLength(1));
    stream.current.event(1, 'snapshot', page([], 100));
    expect(await screen.findByText('No ratings yet.')).toBeInTheDocument();
    await waitFor(() => expect(historyRow(visit.id)).toHaveTextContent('not rated yet'));

    const rated = { ...visit, rating: { stars: 5, review: rating.review, createdAt: rating.createdAt } };
    stream.current.event(2, 'job.rated', { job: rated, rating, summary: { average: 5, count: 1 } });

    const summary = await screen.findByTestId('rating-summary');
    await waitFor(() => expect(summary).toHaveTextContent('5.0 average from 1 rating'));
    expect(screen.queryByText('No ratings yet.')).not.toBeInTheDocument();
    expect(within(screen.getByRole('list', { name: 'Latest reviews' })).getByText('On time and gentle')).toBeInTheDocument();
    expect(within(historyRow(visit.id)).getByRole('img', { name: '5 out of 5 stars' })).toBeInTheDocument();
    expect(historyRow(visit.id)).not.toHaveTextContent('not rated yet');
    expect(screen.getByTestId('rating-news')).toHaveAttribute('role', 'status');
    expect(screen.getByTestId('rating-news')).toHaveTextContent('Pat Patient rated your visit 5 stars.');
    expect(api.sent('GET', /\/ratings$/)).toHaveLength(1);
  });

  it('names the visit by its area once the provider may no longer see the patient, and goes when dismissed', async () => {
    const visit = redacted(makeBooking({ status: 'COMPLETED', provider: nina }));
    const { stream, user } = dashboard([visit]);
    await waitFor(() => expect(stream.feeds).toHaveLength(1));
    stream.current.event(1, 'snapshot', page([], 100));
    await screen.findByText('No ratings yet.');

    const given = { ...rating, stars: 2, review: null };
    stream.current.event(2, 'job.rated', { job: { ...visit, rating: { stars: 2, review: null, createdAt: given.createdAt } }, rating: given, summary: { average: 2, count: 1 } });

    const news = screen.getByTestId('rating-news');
    await waitFor(() => expect(news).toHaveTextContent('Your visit in Kreuzberg, Berlin was rated 2 stars.'));
    await user.click(within(news).getByRole('button', { name: 'Dismiss' }));
    expect(news).toBeEmptyDOMElement();
  });
});
