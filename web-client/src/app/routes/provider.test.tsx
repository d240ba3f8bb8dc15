import { act, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startSession } from '@/lib/session';
import { json, mockFetch, problem, sseRoute } from '@/testing/mock-fetch';
import { makeBooking, page, provider, redacted, renderApp, signIn } from '@/testing/test-utils';
import { NOTICE_MS } from '@/features/jobs/utils/job-cache';
import type { Address, Booking } from '@/types/api';

const onDuty = { onDuty: true, capacity: 1, activeVisits: 0 };
const accepted = (job: Booking): Booking => ({ ...job, status: 'ACCEPTED', provider: { id: provider.id, name: provider.name } });
const completed = (job: Booking): Booking => ({ ...accepted(job), status: 'COMPLETED' });

/** The dashboard over a mocked service; `routes` replace or add to the mocked routes. */
function dashboard({ mine = [] as Booking[], history = [] as Booking[], routes = {} as Parameters<typeof mockFetch>[0] } = {}) {
  signIn(provider);
  const stream = sseRoute();
  const api = mockFetch({
    'GET /api/me': () => json(provider),
    'GET /api/jobs/stream': stream.handler,
    'GET /api/jobs/mine': ({ url }) => json(page(url.searchParams.get('status') === 'COMPLETED' ? history : mine, 10)),
    'GET /api/jobs/duty': () => json(onDuty),
    'POST /api/jobs/:id/claim': ({ params }) => json(accepted(makeBooking({ id: params.id! }))),
    'POST /api/jobs/:id/complete': ({ params }) => json(completed(mine.find((job) => job.id === params.id)!)),
    'GET /api/providers/:id/ratings': () => json({ average: 4.5, count: 2, items: [], page: 0, size: 5, total: 0 }),
    ...routes,
  });
  const app = renderApp('/provider');
  return { ...app, stream, api };
}

const cards = () => screen.queryAllByTestId('job-card');

describe('provider dashboard', () => {
  it('fills the list from the snapshot, inserts job.available and shows why a removed job leaves', async () => {
    const first = redacted(makeBooking());
    const second = redacted(makeBooking());
    const third = redacted(makeBooking());
    const { stream } = dashboard();

    await waitFor(() => expect(stream.feeds).toHaveLength(1));
    expect(stream.connections[0]!.headers.get('authorization')).toBe(`Bearer token-${provider.id}`);
    stream.current.send('retry:3000\n:open\n\n');
    stream.current.event(10, 'snapshot', page([first, second], 100));
    await waitFor(() => expect(cards()).toHaveLength(2));
    expect(screen.getByTestId('live-indicator')).toHaveTextContent('Live');
    expect(screen.getByTestId('live-indicator')).toHaveAttribute('role', 'status');

    stream.current.event(11, 'job.available', third);
    await waitFor(() => expect(cards().map((card) => card.dataset.id)).toEqual([first.id, second.id, third.id]));

    stream.current.event(12, 'job.removed', { id: first.id, reason: 'CLAIMED' });
    stream.current.event(13, 'job.removed', { id: second.id, reason: 'CANCELLED' });
    const firstCard = await screen.findByText('Taken by another provider');
    expect(firstCard.closest('[data-testid="job-card"]')).toHaveAttribute('data-id', first.id);
    expect(screen.getByText('Cancelled by the patient').closest('[data-testid="job-card"]')).toHaveAttribute('data-id', second.id);

    await waitFor(() => expect(cards().map((card) => card.dataset.id)).toEqual([third.id]), { timeout: 5000 });
  });

  it('a PENDING job has Accept; once accepted it moves to My jobs with its next step', async () => {
    const job = redacted(makeBooking());
    const { stream, user, api } = dashboard();
    await waitFor(() => expect(stream.feeds).toHaveLength(1));
    stream.current.event(1, 'snapshot', page([job], 100));

    const card = await screen.findByTestId('job-card');
    expect(card).toHaveAttribute('data-id', job.id);
    await user.click(within(card).getByRole('button', { name: /accept/i }));

    const mine = await screen.findByTestId('my-job');
    expect(mine).toHaveAttribute('data-id', job.id);
    expect(within(mine).getByText('Accepted')).toBeInTheDocument();
    expect(within(mine).getByRole('button', { name: /^On my way/ })).toBeEnabled();
    expect(within(mine).getByRole('button', { name: /^Give back/ })).toBeEnabled();
    expect(within(mine).queryByRole('button', { name: /^Complete/ })).not.toBeInTheDocument();
    expect(cards()).toHaveLength(0);
    expect(api.sent('GET', /\/api\/jobs\/mine$/).map((request) => request.url.searchParams.get('status'))).toContain('ACTIVE');

    // The stream tells the provider of their own claim with job.updated; nothing about "another provider".
    stream.current.event(2, 'job.updated', { ...accepted(makeBooking({ id: job.id })), updatedAt: '2030-01-01T10:05:00Z' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByText('Taken by another provider')).not.toBeInTheDocument();
    expect(screen.getAllByTestId('my-job')).toHaveLength(1);
  });

  it('takes a visit on my way (with an arrival estimate), arrived, complete: each step its one button, said and focused, then the history', async () => {
    let job: Booking = accepted(makeBooking());
    const step = (status: Booking['status'], extra: Partial<Booking> = {}) => () => {
      job = { ...job, ...extra, status, updatedAt: new Date(Date.parse(job.updatedAt) + 60_000).toISOString() };
      return json(job);
    };
    const { stream, user, api } = dashboard({
      mine: [job],
      routes: {
        'POST /api/jobs/:id/en-route': step('EN_ROUTE', { expectedArrival: '2030-01-01T10:45:00Z' }),
        'POST /api/jobs/:id/arrive': step('IN_PROGRESS', { expectedArrival: null }),
        'POST /api/jobs/:id/complete': step('COMPLETED'),
      },
    });
    await waitFor(() => expect(stream.feeds).toHaveLength(1));
    stream.current.event(1, 'snapshot', page([], 100));
    const mine = await screen.findByTestId('my-job');
    expect(screen.getByText(/no completed jobs yet/i)).toBeInTheDocument();

    await user.type(within(mine).getByLabelText('Arriving in (minutes, optional)'), '0');
    await user.click(within(mine).getByRole('button', { name: /^On my way/ }));
    expect(within(mine).getByLabelText('Arriving in (minutes, optional)')).toHaveAccessibleDescription(/Give whole minutes, 1 to 720/);
    expect(api.sent('POST', /\/en-route$/)).toHaveLength(0);

    await user.clear(within(mine).getByLabelText('Arriving in (minutes, optional)'));
    await user.type(within(mine).getByLabelText('Arriving in (minutes, optional)'), '25');
    await user.dblClick(within(mine).getByRole('button', { name: /^On my way/ }));
    await waitFor(() => expect(screen.getByTestId('my-job')).toHaveAttribute('data-status', 'EN_ROUTE'));
    expect(api.sent('POST', /\/en-route$/).map((request) => request.body)).toEqual([{ etaMinutes: 25 }]);
    expect(screen.getByTestId('my-job')).toHaveTextContent('You arrive');
    expect(within(screen.getByTestId('my-job')).queryByRole('button', { name: /^Give back/ })).not.toBeInTheDocument();
    expect(screen.getByTestId('job-outcome')).toHaveTextContent('The patient in Kreuzberg, Berlin knows you are on your way and expects you in about 25 min.');
    await waitFor(() => expect(screen.getByTestId('my-job'), 'the keyboard is on the visit').toHaveFocus());

    await user.click(within(screen.getByTestId('my-job')).getByRole('button', { name: /^Arrived/ }));
    await waitFor(() => expect(screen.getByTestId('my-job')).toHaveAttribute('data-status', 'IN_PROGRESS'));
    expect(screen.getByTestId('job-outcome')).toHaveTextContent('Your arrival in Kreuzberg, Berlin is recorded.');
    await waitFor(() => expect(screen.getByTestId('my-job')).toHaveFocus());
    await user.click(within(screen.getByTestId('my-job')).getByRole('button', { name: /^Complete/ }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Complete visit' }));

    await waitFor(() => expect(screen.queryByTestId('my-job')).not.toBeInTheDocument());
    const done = await screen.findByTestId('history-job');
    expect(done).toHaveAttribute('data-id', job.id);
    expect(done).toHaveAttribute('data-status', 'COMPLETED');
    expect(api.sent('POST', /\/(en-route|arrive|complete)$/).map((request) => request.url.pathname.split('/').at(-1))).toEqual(['en-route', 'arrive', 'complete']);
  });

  it('says "You accepted this job" in a status region and takes the keyboard to the visit, not the page', async () => {
    const job = redacted(makeBooking());
    const { stream, user } = dashboard();
    await waitFor(() => expect(stream.feeds).toHaveLength(1));
    stream.current.event(1, 'snapshot', page([job], 100));
    await user.click(within(await screen.findByTestId('job-card')).getByRole('button', { name: 'Accept Nurse home visit in Kreuzberg, Berlin' }));

    const outcome = screen.getByTestId('job-outcome');
    expect(outcome).toHaveAttribute('role', 'status');
    await waitFor(() => expect(outcome).toHaveTextContent('You accepted this job in Kreuzberg, Berlin.'));
    const visit = await screen.findByTestId('my-job');
    await waitFor(() => expect(visit).toHaveFocus());
    expect(visit).toHaveAccessibleName('Nurse home visit in Kreuzberg, Berlin');
  });

  it('asks before completing: "Keep the visit open" sends nothing; confirmed, it says so and the keyboard goes to My jobs', async () => {
    const held: Booking = { ...accepted(makeBooking({ area: { district: 'Mitte', city: 'Berlin' } })), status: 'IN_PROGRESS' };
    const { stream, user, api } = dashboard({ mine: [held] });
    await waitFor(() => expect(stream.feeds).toHaveLength(1));
    const complete = within(await screen.findByTestId('my-job')).getByRole('button', { name: 'Complete: Nurse home visit in Mitte, Berlin' });

    await user.click(complete);
    let dialog = screen.getByRole('dialog', { name: 'Complete: Nurse home visit in Mitte, Berlin?' });
    expect(dialog).toHaveTextContent('you cannot undo it');
    expect(within(dialog).getByRole('button', { name: 'Keep the visit open' }), 'the keyboard starts on the choice that changes nothing').toHaveFocus();
    await user.click(within(dialog).getByRole('button', { name: 'Keep the visit open' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(complete).toHaveFocus();
    await user.keyboard('{Enter}');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(api.sent('POST', /\/complete$/), 'nothing is sent unless confirmed').toHaveLength(0);
    expect(screen.getByTestId('my-job')).toHaveAttribute('data-status', 'IN_PROGRESS');

    await user.click(complete);
    dialog = screen.getByRole('dialog');
    await user.dblClick(within(dialog).getByRole('button', { name: 'Complete visit' }));
    await waitFor(() => expect(screen.queryByTestId('my-job')).not.toBeInTheDocument());
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(api.sent('POST', /\/complete$/)).toHaveLength(1);
    expect(screen.getByTestId('job-outcome')).toHaveTextContent('You completed the visit in Mitte, Berlin. It is in your history.');
    await waitFor(() => expect(screen.getByRole('heading', { name: 'My jobs' })).toHaveFocus());
  });

  it('keeps the confirmation open, saying why, when completing fails', async () => {
    const held: Booking = { ...accepted(makeBooking()), status: 'IN_PROGRESS' };
    const { stream, user } = dashboard({ mine: [held], routes: { 'POST /api/jobs/:id/complete': () => Promise.reject(new TypeError('Failed to fetch')) } });
    await waitFor(() => expect(stream.feeds).toHaveLength(1));
    await user.click(within(await screen.findByTestId('my-job')).getByRole('button', { name: /^Complete/ }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Complete visit' }));
    expect(await within(screen.getByRole('dialog')).findByRole('alert')).toHaveTextContent('No connection: the visit was not completed. Try again.');
    expect(within(screen.getByRole('dialog')).getByRole('button', { name: 'Complete visit' })).not.toHaveAttribute('aria-disabled', 'true');
    expect(screen.getByTestId('my-job')).toHaveAttribute('data-status', 'IN_PROGRESS');
  });

  it('says in a sentence why a claim failed, at the top of the board, and takes the keyboard to Available jobs', async () => {
    const job = redacted(makeBooking({ area: { district: 'Mitte', city: 'Berlin' } }));
    const { stream, user } = dashboard({
      routes: { 'POST /api/jobs/:id/claim': () => problem(409, { title: 'Booking status conflict', detail: 'This job is no longer available; it is ACCEPTED.' }) },
    });
    await waitFor(() => expect(stream.feeds).toHaveLength(1));
    stream.current.event(1, 'snapshot', page([job, redacted(makeBooking())], 100));
    await user.click(within(await screen.findByRole('article', { name: 'Nurse home visit in Mitte, Berlin' })).getByRole('button', { name: /^Accept / }));

    await waitFor(() => expect(screen.getByTestId('job-outcome')).toHaveTextContent('Sorry, another provider accepted this job first: Nurse home visit in Mitte, Berlin.'));
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Available jobs' })).toHaveFocus());
  });

  it('follows the provider’s visits live: job.updated moves one on, a claim from another tab joins My jobs and leaves the board', async () => {
    const held = accepted(makeBooking({ area: { district: 'Mitte', city: 'Berlin' } }));
    const open = redacted(makeBooking({ area: { district: 'Wedding', city: 'Berlin' } }));
    const { stream } = dashboard({ mine: [held] });
    await waitFor(() => expect(stream.feeds).toHaveLength(1));
    stream.current.event(1, 'snapshot', page([open], 100));
    await screen.findByTestId('my-job');
    await waitFor(() => expect(cards()).toHaveLength(1));

    stream.current.event(2, 'job.updated', { ...held, status: 'EN_ROUTE', updatedAt: '2030-01-01T10:10:00Z' });
    await waitFor(() => expect(screen.getByTestId('my-job')).toHaveAttribute('data-status', 'EN_ROUTE'));
    // An older copy arriving late does not undo it.
    stream.current.event(3, 'job.updated', held);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.getByTestId('my-job')).toHaveAttribute('data-status', 'EN_ROUTE');

    stream.current.event(4, 'job.updated', { ...accepted(makeBooking({ ...open, phone: '+4930999' })), updatedAt: '2030-01-01T10:11:00Z' });
    await waitFor(() => expect(screen.getAllByTestId('my-job').map((job) => job.dataset.id)).toEqual([held.id, open.id]));
    expect(cards()).toHaveLength(0);
  });

  it('takes a visit the patient cancelled out of My jobs, with a notice in their words, until dismissed', async () => {
    const held = accepted(makeBooking({ area: { district: 'Mitte', city: 'Berlin' } }));
    const other = accepted(makeBooking());
    const { stream, user } = dashboard({ mine: [held, other] });
    await waitFor(() => expect(stream.feeds).toHaveLength(1));
    stream.current.event(1, 'snapshot', page([], 100));
    await waitFor(() => expect(screen.getAllByTestId('my-job')).toHaveLength(2));

    stream.current.event(2, 'job.withdrawn', { id: held.id, status: 'CANCELLED', reason: 'CANCELLED_BY_PATIENT', note: 'feeling better' });
    const notice = await screen.findByTestId('job-notice');
    expect(notice).toHaveTextContent('The patient cancelled the visit in Mitte, Berlin: “feeling better”');
    expect(screen.getByTestId('job-notices')).toHaveAttribute('role', 'status');
    expect(screen.getAllByTestId('my-job').map((job) => job.dataset.id)).toEqual([other.id]);

    stream.current.event(3, 'job.withdrawn', { id: other.id, status: 'PENDING', reason: 'OVERDUE_RELEASED', note: 'Two hours late' });
    await waitFor(() => expect(screen.getAllByTestId('job-notice')).toHaveLength(2));
    expect(screen.getAllByTestId('job-notice')[1]).toHaveTextContent('An administrator gave the visit in Kreuzberg, Berlin to another provider: “Two hours late”');
    expect(screen.queryByTestId('my-job')).not.toBeInTheDocument();

    await user.click(within(notice).getByRole('button', { name: 'Dismiss' }));
    expect(screen.getAllByTestId('job-notice')).toHaveLength(1);
  });

  it('gives a visit back only with a reason, after which it leaves My jobs with a notice', async () => {
    const held = accepted(makeBooking({ area: { district: 'Mitte', city: 'Berlin' } }));
    const { stream, user, api } = dashboard({
      mine: [held],
      routes: { 'POST /api/jobs/:id/release': () => json({ ...held, status: 'PENDING', provider: null, statusReason: 'RELEASED', updatedAt: '2030-01-01T10:20:00Z' }) },
    });
    await waitFor(() => expect(stream.feeds).toHaveLength(1));
    await user.click(within(await screen.findByTestId('my-job')).getByRole('button', { name: /^Give back/ }));
    const dialog = screen.getByRole('dialog', { name: 'Give back: Nurse home visit in Mitte, Berlin?' });
    await user.click(within(dialog).getByRole('button', { name: 'Give back' }));
    expect(within(dialog).getByLabelText('Reason')).toHaveAccessibleDescription(/Say why: the patient reads it\./);
    expect(api.sent('POST', /\/release$/)).toHaveLength(0);

    await user.type(within(dialog).getByLabelText('Reason'), 'My car broke down');
    await user.click(within(dialog).getByRole('button', { name: 'Give back' }));
    await waitFor(() => expect(screen.queryByTestId('my-job')).not.toBeInTheDocument());
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(api.sent('POST', /\/release$/).map((request) => request.body)).toEqual([{ reason: 'My car broke down' }]);
    expect(screen.getByTestId('job-notice')).toHaveTextContent('You gave back the visit in Mitte, Berlin.');
    await waitFor(() => expect(screen.getByTestId('job-notice'), 'the keyboard goes to the notice that says what happened').toHaveFocus());

    // The stream says so too (to every tab): still one notice, naming the visit.
    stream.current.event(1, 'job.withdrawn', { id: held.id, status: 'PENDING', reason: 'RELEASED', note: 'My car broke down' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.getAllByTestId('job-notice').map((element) => element.textContent)).toEqual([expect.stringContaining('You gave back the visit in Mitte, Berlin.')]);
  });

  it('says beside Accept why a job given back before, or whose window closed, cannot be taken', async () => {
    const givenBack = redacted(makeBooking());
    const closed = redacted(makeBooking());
    const { stream, user } = dashboard({
      routes: {
        'POST /api/jobs/:id/claim': ({ params }) =>
          params.id === givenBack.id
            ? problem(409, { type: 'https://medondoor.app/problems/job-given-back', title: 'Job given back', detail: 'This visit was given back from your hands; it is for another provider now.' })
            : problem(409, { type: 'https://medondoor.app/problems/window-closed', title: 'Window closed', detail: 'This booking’s time to be taken has passed; it is expiring.' }),
      },
    });
    await waitFor(() => expect(stream.feeds).toHaveLength(1));
    stream.current.event(1, 'snapshot', page([givenBack, closed], 100));
    await waitFor(() => expect(cards()).toHaveLength(2));
    const [first, second] = cards();

    await user.click(within(first!).getByRole('button', { name: /^Accept / }));
    expect(await within(first!).findByRole('alert')).toHaveTextContent('This visit was given back from your hands');
    await user.click(within(second!).getByRole('button', { name: /^Accept / }));
    expect(await within(second!).findByRole('alert')).toHaveTextContent('time to be taken has passed');
    expect(screen.queryByText('Sorry, another provider took it.')).not.toBeInTheDocument();

    stream.current.event(2, 'job.removed', { id: closed.id, reason: 'EXPIRED' });
    expect(await within(second!).findByText('Expired: nobody took it in time')).toBeInTheDocument();
  });

  it('puts a job given back moments after another provider took it back on the board, to stay', async () => {
    const job = redacted(makeBooking());
    const { stream } = dashboard();
    await waitFor(() => expect(stream.feeds).toHaveLength(1));
    stream.current.event(1, 'snapshot', page([job], 100));
    await waitFor(() => expect(cards()).toHaveLength(1));

    stream.current.event(2, 'job.removed', { id: job.id, reason: 'CLAIMED' });
    expect(await screen.findByText('Taken by another provider')).toBeInTheDocument();
    stream.current.event(3, 'job.available', { ...job, statusReason: 'RELEASED', updatedAt: '2030-01-01T10:10:00Z' });
    await waitFor(() => expect(within(cards()[0]!).getByRole('button', { name: /^Accept / })).toBeInTheDocument());
    expect(screen.queryByText('Taken by another provider')).not.toBeInTheDocument();
    await new Promise((resolve) => setTimeout(resolve, NOTICE_MS + 200));
    expect(cards().map((card) => card.dataset.id)).toEqual([job.id]);
  });

  it('keeps the board most urgent first: as soon as possible, then by the window’s start', async () => {
    const asap = redacted(makeBooking({ createdAt: '2030-01-01T10:00:00Z' }));
    const later = redacted(makeBooking({ windowStart: '2030-01-02T14:00:00Z', windowEnd: '2030-01-02T16:00:00Z' }));
    const { stream } = dashboard();
    await waitFor(() => expect(stream.feeds).toHaveLength(1));
    stream.current.event(1, 'snapshot', page([asap, later], 100));
    await waitFor(() => expect(cards()).toHaveLength(2));

    const sooner = redacted(makeBooking({ windowStart: '2030-01-02T09:00:00Z', windowEnd: '2030-01-02T11:00:00Z' }));
    const newAsap = redacted(makeBooking({ createdAt: '2030-01-01T10:30:00Z' }));
    stream.current.event(2, 'job.available', sooner);
    stream.current.event(3, 'job.available', newAsap);
    await waitFor(() => expect(cards().map((card) => card.dataset.id)).toEqual([asap.id, newAsap.id, sooner.id, later.id]));
    expect(within(cards()[0]!).getByTestId('job-when')).toHaveTextContent('As soon as possible');
    // The order is said, and the jobs that just arrived, though not on top, are marked.
    expect(screen.getByRole('list', { name: 'Available jobs' })).toHaveAccessibleDescription('Most urgent first: as soon as possible, then by time');
    expect(cards().map((card) => card.dataset.new === 'true')).toEqual([false, true, true, false]);
  });

  it('shows only PENDING jobs as available: an ACCEPTED or COMPLETED one is not on the list', async () => {
    const open = redacted(makeBooking());
    const { stream } = dashboard();
    await waitFor(() => expect(stream.feeds).toHaveLength(1));
    stream.current.event(1, 'snapshot', page([open, redacted(accepted(makeBooking())), redacted(completed(makeBooking()))], 100));
    await waitFor(() => expect(cards().map((card) => card.dataset.id)).toEqual([open.id]));
  });

  it('shows the rating average and count', async () => {
    dashboard();
    const summary = await screen.findByTestId('rating-summary');
    expect(summary).toHaveTextContent('4.5 average from 2 ratings');
  });

  it('says Reconnecting… after a drop and resumes with Last-Event-ID', async () => {
    const { stream } = dashboard();
    await waitFor(() => expect(stream.feeds).toHaveLength(1));
    stream.current.send('retry:20\n\n');
    stream.current.event(30, 'snapshot', page([], 100));
    await waitFor(() => expect(screen.getByTestId('live-indicator')).toHaveTextContent('Live'));

    stream.current.fail();
    await waitFor(() => expect(screen.getByTestId('live-indicator')).toHaveTextContent('Reconnecting…'));
    await waitFor(() => expect(stream.connections).toHaveLength(2));
    expect(stream.connections[1]!.headers.get('last-event-id')).toBe('30');
    await waitFor(() => expect(screen.getByTestId('live-indicator')).toHaveTextContent('Live'));
  });

  it('resumes with Last-Event-ID and the new token when the token is renewed', async () => {
    const { stream } = dashboard();
    await waitFor(() => expect(stream.feeds).toHaveLength(1));
    stream.current.event(44, 'snapshot', page([], 100));
    await waitFor(() => expect(screen.getByTestId('live-indicator')).toHaveTextContent('Live'));

    startSession({ accessToken: 'renewed', tokenType: 'Bearer', expiresIn: 900, user: provider });

    await waitFor(() => expect(stream.connections).toHaveLength(2));
    expect(stream.connections[1]!.headers.get('authorization')).toBe('Bearer renewed');
    expect(stream.connections[1]!.headers.get('last-event-id')).toBe('44');
  });

  it('sends the provider to log in when the stream answers 401 and the session cannot be renewed', async () => {
    signIn(provider);
    mockFetch({
      'GET /api/me': () => json(provider),
      'GET /api/jobs/stream': () => problem(401, { title: 'Unauthorized' }),
      'POST /api/auth/refresh': () => problem(401, { type: 'https://medondoor.app/problems/session-ended', title: 'Session ended' }),
      'GET /api/jobs/mine': () => json(page([])),
      'GET /api/jobs/duty': () => json(onDuty),
      'GET /api/providers/:id/ratings': () => json({ average: null, count: 0, items: [], page: 0, size: 5, total: 0 }),
    });
    const { router } = renderApp('/provider');
    await waitFor(() => expect(`${router.state.location.pathname}${router.state.location.search}`).toBe('/login?redirectTo=%2Fprovider'));
  });

  it('shows on the board only the service, area, preferred time and need: never the patient, street, phone or notes', async () => {
    const job = makeBooking({ windowStart: '2031-05-06T09:30:00Z', windowEnd: '2031-05-06T11:30:00Z', notes: 'Door code 4521', need: 'Insulin injection' });
    // Even a booking that arrived with its private details (it must not) shows only the summary.
    const leaked = makeBooking({ notes: 'Key under the mat' });
    const { stream } = dashboard();
    await waitFor(() => expect(stream.feeds).toHaveLength(1));
    stream.current.event(1, 'snapshot', page([redacted(job), leaked], 100));

    await waitFor(() => expect(cards()).toHaveLength(2));
    const card = cards()[0]!;
    expect(within(card).getByTestId('job-area')).toHaveTextContent('Kreuzberg, Berlin');
    expect(within(card).getByTestId('job-need')).toHaveTextContent('Insulin injection');
    expect(within(card).getByTestId('job-when')).not.toHaveTextContent(/As soon as possible|\(/);
    expect(card).toHaveAccessibleName('Nurse home visit in Kreuzberg, Berlin');
    for (const element of cards()) {
      expect(element).not.toHaveTextContent(/Main Street|10997|\+4930|Pat Patient|Door code|Key under the mat/);
      expect(within(element).queryByTestId('job-address')).not.toBeInTheDocument();
    }
  });

  it('keeps a job the provider may not take now on the board, saying why, and switches duty', async () => {
    const job = makeBooking();
    let duty = { onDuty: false, capacity: 1, activeVisits: 0 };
    const { user, stream, api } = dashboard({
      routes: {
        'GET /api/jobs/duty': () => json(duty),
        'PUT /api/jobs/duty': ({ body }) => {
          duty = { ...duty, onDuty: (body as { onDuty: boolean }).onDuty };
          return json(duty);
        },
        'POST /api/jobs/:id/claim': () =>
          problem(409, {
            type: 'https://medondoor.app/problems/provider-off-duty',
            title: 'Provider off duty',
            detail: 'You are off duty: go on duty (PUT /api/jobs/duty) to take jobs.',
          }),
      },
    });
    await waitFor(() => expect(stream.feeds).toHaveLength(1));
    stream.current.event(1, 'snapshot', page([redacted(job)], 100));
    expect(await screen.findByText('You are off duty: go on duty to accept jobs.')).toBeInTheDocument();

    const card = await screen.findByTestId('job-card');
    await user.click(within(card).getByRole('button', { name: /^Accept / }));
    const refusal = await within(card).findByRole('alert');
    expect(refusal).toHaveTextContent('You are off duty, so the job was not accepted. Go on duty, then accept it.');
    expect(refusal, 'said in words, not the API call').not.toHaveTextContent('PUT');
    expect(within(card).getByRole('button', { name: /^Accept / }), 'the keyboard stays on Accept').toHaveFocus();
    expect(cards()).toHaveLength(1);
    expect(within(card).getByRole('button', { name: /^Accept / })).not.toHaveAttribute('aria-disabled', 'true');

    await user.click(screen.getByRole('button', { name: 'Go on duty' }));
    expect(await screen.findByText('You are on duty, holding 0 of 1 visit at once.')).toBeInTheDocument();
    expect(api.sent('PUT', /\/api\/jobs\/duty$/).map((request) => request.body)).toEqual([{ onDuty: true }]);
  });

  it('after Accept, the accepted job shows the full address, phone, patient and notes', async () => {
    const job = makeBooking({ notes: 'Door code 4521', address: { street: 'Oranienstraße 12', flat: '2nd floor left', postcode: '10999', city: 'Berlin', district: 'Kreuzberg', country: 'DE' } });
    signIn(provider);
    const stream = sseRoute();
    mockFetch({
      'GET /api/me': () => json(provider),
      'GET /api/jobs/stream': stream.handler,
      'GET /api/jobs/mine': () => json(page([], 10)),
      'GET /api/jobs/duty': () => json(onDuty),
      'POST /api/jobs/:id/claim': () => json(accepted(job)),
      'GET /api/providers/:id/ratings': () => json({ average: null, count: 0, items: [], page: 0, size: 5, total: 0 }),
    });
    const { user } = renderApp('/provider');
    await waitFor(() => expect(stream.feeds).toHaveLength(1));
    stream.current.event(1, 'snapshot', page([redacted(job)], 100));
    await user.click(within(await screen.findByTestId('job-card')).getByRole('button', { name: 'Accept Nurse home visit in Kreuzberg, Berlin' }));

    const mine = await screen.findByTestId('my-job');
    const address = within(mine).getByTestId('job-address');
    for (const line of ['Oranienstraße 12, 2nd floor left', '10999 Berlin', 'Kreuzberg', 'Germany']) expect(address).toHaveTextContent(line);
    expect(within(mine).getByRole('link', { name: '+4930123456' })).toHaveAttribute('href', 'tel:+4930123456');
    expect(within(mine).getByTestId('job-patient')).toHaveTextContent('Pat Patient');
    expect(within(mine).getByTestId('job-notes')).toHaveTextContent('Door code 4521');
  });

  it('shows a job booked before addresses were structured with its one address line', async () => {
    const old = accepted(makeBooking({ address: null, legacyAddress: '12 Old Road, Berlin', area: null, need: null }));
    // The same, as the service may give it: an address with only its one line.
    const lineOnly = { street: null, flat: null, postcode: null, city: null, district: null, country: null, line: '5 Legacy Lane, Berlin' };
    const older = accepted(makeBooking({ address: lineOnly as unknown as Address, area: null, need: null }));
    dashboard({ mine: [old, older] });
    const [first, second] = await screen.findAllByTestId('my-job');
    expect(within(first!).getByTestId('job-address')).toHaveTextContent('12 Old Road, Berlin');
    expect(within(first!).getByTestId('job-area')).toHaveTextContent('Area not given');
    expect(within(second!).getByTestId('job-address')).toHaveTextContent(/^5 Legacy Lane, Berlin$/);
  });
});

describe('new jobs on the provider dashboard', () => {
  const SOUND_KEY = 'medondoor.new-job-sound';
  afterEach(() => localStorage.removeItem(SOUND_KEY));

  /** The page as the provider's browser has it: looked at (shown and in use), or not. */
  function lookAt(page: { visible: boolean; focused: boolean }) {
    vi.spyOn(document, 'visibilityState', 'get').mockReturnValue(page.visible ? 'visible' : 'hidden');
    vi.spyOn(document, 'hasFocus').mockReturnValue(page.focused);
    act(() => {
      document.dispatchEvent(new Event('visibilitychange'));
      window.dispatchEvent(new Event(page.focused ? 'focus' : 'blur'));
    });
  }

  async function liveBoard(jobs: Booking[] = []) {
    const board = dashboard();
    await waitFor(() => expect(board.stream.feeds).toHaveLength(1));
    board.stream.current.event(1, 'snapshot', page(jobs, 100));
    await waitFor(() => expect(cards()).toHaveLength(jobs.length));
    return board;
  }

  const cardOf = (job: Booking) => cards().find((card) => card.dataset.id === job.id);

  it('marks a job that arrives live New, announces it politely and counts it beside the heading; the first snapshot’s jobs are not new', async () => {
    lookAt({ visible: true, focused: true });
    const waiting = redacted(makeBooking());
    const { stream } = await liveBoard([waiting]);
    const announcer = screen.getByTestId('new-job-announcer');
    expect(announcer).toHaveAttribute('aria-live', 'polite');
    expect(announcer).toBeEmptyDOMElement();
    expect(cardOf(waiting)).not.toHaveAttribute('data-new');

    const fresh = redacted(makeBooking({ area: { district: 'Mitte', city: 'Berlin' } }));
    stream.current.event(2, 'job.available', fresh);
    await waitFor(() => expect(cardOf(fresh)).toHaveAttribute('data-new', 'true'));
    expect(within(cardOf(fresh)!).getByText('New')).toBeInTheDocument();
    expect(announcer).toHaveTextContent('New job: Nurse home visit in Mitte, Berlin');
    expect(screen.getByRole('heading', { level: 2, name: /^Available jobs/ })).toHaveTextContent('Available jobs 1 new');
    expect(cardOf(waiting)).not.toHaveAttribute('data-new');

    // Taken by someone else, it is no longer new: no mark, no line, no count.
    stream.current.event(3, 'job.removed', { id: fresh.id, reason: 'CLAIMED' });
    await waitFor(() => expect(announcer).toBeEmptyDOMElement());
    expect(screen.getByRole('heading', { level: 2, name: /^Available jobs/ })).toHaveTextContent(/^Available jobs$/);
  });

  it('counts in the tab’s title the new jobs that came while the provider looked elsewhere, until they look again', async () => {
    lookAt({ visible: true, focused: true });
    const { stream } = await liveBoard();
    await waitFor(() => expect(document.title).toBe('Nurse home visit jobs · MedOnDoor'));

    stream.current.event(2, 'job.available', redacted(makeBooking()));
    await waitFor(() => expect(cards()).toHaveLength(1));
    expect(document.title, 'a job that comes while they look is not counted').toBe('Nurse home visit jobs · MedOnDoor');

    lookAt({ visible: false, focused: false });
    stream.current.event(3, 'job.available', redacted(makeBooking()));
    stream.current.event(4, 'job.available', redacted(makeBooking()));
    await waitFor(() => expect(document.title).toBe('(2) Nurse home visit jobs · MedOnDoor'));

    lookAt({ visible: true, focused: true });
    await waitFor(() => expect(document.title).toBe('Nurse home visit jobs · MedOnDoor'));
    expect(cards().every((card) => card.dataset.new === 'true'), 'still marked New on the board: looking again is not having seen them').toBe(true);

    // Another window in use counts as looking elsewhere too.
    lookAt({ visible: true, focused: false });
    stream.current.event(5, 'job.available', redacted(makeBooking()));
    await waitFor(() => expect(document.title).toBe('(1) Nurse home visit jobs · MedOnDoor'));
    lookAt({ visible: true, focused: true });
    await waitFor(() => expect(document.title).toBe('Nurse home visit jobs · MedOnDoor'));
  });

  it('plays no sound until the provider turns it on; then each new job beeps, and the choice is remembered', async () => {
    const beeps = vi.fn();
    class FakeAudioContext {
      state = 'running';
      currentTime = 0;
      destination = {};
      resume = () => Promise.resolve();
      createGain = () => ({ connect: () => undefined, gain: { setValueAtTime: () => undefined, exponentialRampToValueAtTime: () => undefined } });
      createOscillator = () => ({ type: 'sine', frequency: { setValueAtTime: () => undefined }, connect: () => undefined, start: beeps, stop: () => undefined });
    }
    vi.stubGlobal('AudioContext', FakeAudioContext);
    const { stream, user, unmount } = await liveBoard();
    const toggle = screen.getByRole('checkbox', { name: 'Play a sound when a new job arrives' });
    expect(toggle, 'off by default').not.toBeChecked();

    stream.current.event(2, 'job.available', redacted(makeBooking()));
    await waitFor(() => expect(cards()).toHaveLength(1));
    expect(beeps).not.toHaveBeenCalled();

    await user.click(toggle);
    expect(toggle).toBeChecked();
    expect(localStorage.getItem(SOUND_KEY)).toBe('on');
    expect(beeps, 'turning it on does not beep for the jobs already there').not.toHaveBeenCalled();
    stream.current.event(3, 'job.available', redacted(makeBooking()));
    await waitFor(() => expect(beeps).toHaveBeenCalledTimes(1));

    unmount();
    await liveBoard();
    expect(screen.getByRole('checkbox', { name: 'Play a sound when a new job arrives' }), 'remembered in this browser').toBeChecked();
    await user.click(screen.getByRole('checkbox', { name: 'Play a sound when a new job arrives' }));
    expect(localStorage.getItem(SOUND_KEY)).toBe('off');
  });

  it('takes a new job silently where the browser has no Web Audio, with the sound on', async () => {
    expect('AudioContext' in window, 'jsdom has no Web Audio').toBe(false);
    localStorage.setItem(SOUND_KEY, 'on');
    const { stream } = await liveBoard();
    expect(screen.getByRole('checkbox', { name: 'Play a sound when a new job arrives' })).toBeChecked();
    const fresh = redacted(makeBooking());
    stream.current.event(2, 'job.available', fresh);
    await waitFor(() => expect(cardOf(fresh)).toHaveAttribute('data-new', 'true'));
  });

  it('marks the jobs booked while the stream was down new when a fresh snapshot brings them', async () => {
    const waiting = redacted(makeBooking());
    const { stream } = await liveBoard([waiting]);
    const meanwhile = redacted(makeBooking({ area: { district: 'Wedding', city: 'Berlin' } }));
    stream.current.event(9, 'snapshot', page([waiting, meanwhile], 100));
    await waitFor(() => expect(cardOf(meanwhile)).toHaveAttribute('data-new', 'true'));
    expect(cardOf(waiting)).not.toHaveAttribute('data-new');
    expect(screen.getByTestId('new-job-announcer')).toHaveTextContent('New job: Nurse home visit in Wedding, Berlin');
  });
});
