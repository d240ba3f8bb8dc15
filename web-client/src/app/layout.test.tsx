import { act, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { json, mockFetch, sseRoute } from '@/testing/mock-fetch';
import { page, patient, renderApp, signIn } from '@/testing/test-utils';

/** The patient's pages, whose bookings stream fails to connect while `network.down`. */
function patientPages(down = false) {
  const stream = sseRoute();
  const network = { down };
  mockFetch({
    'GET /api/me': () => json(patient),
    'GET /api/bookings': () => json(page([])),
    'GET /api/bookings/stream': (request) => (network.down ? Promise.reject(new TypeError('Failed to fetch')) : stream.handler(request)),
  });
  signIn(patient);
  renderApp('/bookings');
  return { stream, network };
}

function setBrowserOnline(online: boolean) {
  vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(online);
  act(() => void window.dispatchEvent(new Event(online ? 'online' : 'offline')));
}

const badge = () => screen.getByTestId('live-indicator');

describe('connection state', () => {
  it('shows the offline banner while the browser is offline, and the badge stops saying Live', async () => {
    const { stream, network } = patientPages();
    await waitFor(() => expect(stream.feeds).toHaveLength(1));
    stream.current.event(1, 'snapshot', page([]));
    await waitFor(() => expect(badge()).toHaveTextContent('Live'));
    expect(screen.queryByTestId('offline-banner')).not.toBeInTheDocument();

    network.down = true;
    setBrowserOnline(false);

    expect(await screen.findByTestId('offline-banner')).toHaveTextContent('You are offline.');
    await waitFor(() => expect(badge()).toHaveTextContent('Reconnecting…'));

    network.down = false;
    setBrowserOnline(true);

    await waitFor(() => expect(badge()).toHaveTextContent('Live'));
    expect(screen.queryByTestId('offline-banner')).not.toBeInTheDocument();
    expect(stream.connections.at(-1)!.headers.get('last-event-id')).toBe('1');
  });

  it('says the service cannot be reached when the stream cannot connect, though the browser is online', async () => {
    patientPages(true);
    expect(await screen.findByTestId('offline-banner')).toHaveTextContent('The service cannot be reached.');
    expect(badge()).not.toHaveTextContent('Live');
  });
});
