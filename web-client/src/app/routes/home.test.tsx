import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json, mockFetch } from '@/testing/mock-fetch';
import { page, patient, renderApp, signIn } from '@/testing/test-utils';

describe('the landing page', () => {
  it('tells a signed-out visitor what MedOnDoor is, with ways to book, log in and work with us', async () => {
    mockFetch({});
    renderApp('/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Care at home, booked in minutes' })).toBeInTheDocument();
    expect(screen.getByTestId('landing')).toHaveTextContent(/a doctor, a nurse or a medicine delivery to your home/);
    expect(screen.getByRole('link', { name: 'Book a visit' })).toHaveAttribute('href', '/register');
    expect(screen.getByRole('link', { name: 'Log in' })).toHaveAttribute('href', '/login');
    expect(screen.getByRole('link', { name: 'Work with us' })).toHaveAttribute('href', '/register?role=provider');
    expect(screen.getByRole('link', { name: 'MedOnDoor' })).toHaveAttribute('href', '/');
  });

  it('sends a signed-in patient on to their bookings', async () => {
    signIn(patient);
    mockFetch({ 'GET /api/me': () => json(patient), 'GET /api/bookings': () => json(page([])), 'GET /api/bookings/stream': () => new Promise(() => {}) });
    const { router } = renderApp('/');
    await waitFor(() => expect(router.state.location.pathname).toBe('/bookings'));
    expect(screen.queryByTestId('landing')).not.toBeInTheDocument();
  });
});
