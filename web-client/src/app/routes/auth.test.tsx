import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockFetch, problem } from '@/testing/mock-fetch';
import { renderApp } from '@/testing/test-utils';

describe('signing up and logging in', () => {
  it('takes a taken email from the sign-up form to the login form, filled in', async () => {
    mockFetch({
      'POST /api/auth/register': () =>
        problem(409, { type: 'https://medondoor.app/problems/email-taken', title: 'Email already registered', detail: 'An account with this email already exists.' }),
    });
    const { user, router } = renderApp('/register?redirectTo=%2Fbookings%2Fb-1');
    await user.type(await screen.findByLabelText('Name'), 'Pat');
    await user.type(screen.getByLabelText('Email'), 'pat@example.com');
    await user.type(screen.getByLabelText('Password'), 'correct horse');
    await user.click(screen.getByRole('button', { name: 'Create account' }));

    await user.click(within(await screen.findByRole('alert')).getByRole('link', { name: 'Log in instead' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/login'));
    expect(router.state.location.search).toBe('?redirectTo=%2Fbookings%2Fb-1');
    expect(screen.getByLabelText('Email')).toHaveValue('pat@example.com');
    expect(screen.getByLabelText('Password')).toHaveValue('');
  });

  it('starts a provider’s sign-up from “Work with us” with “A care provider” chosen', async () => {
    mockFetch({});
    renderApp('/register?role=provider');
    expect(await screen.findByLabelText('A care provider')).toBeChecked();
    expect(screen.getByLabelText('Service you provide')).toBeInTheDocument();
  });

  it('says how long to wait after too many failed logins, and its errors follow the typing', async () => {
    mockFetch({
      'POST /api/auth/login': () =>
        problem(429, { type: 'https://medondoor.app/problems/too-many-login-attempts', title: 'Too many login attempts', detail: 'Too many failed logins; try again in 12 minutes.' }),
    });
    const { user } = renderApp('/login');
    await user.click(await screen.findByRole('button', { name: 'Log in' }));
    expect(screen.getByLabelText('Email')).toHaveAccessibleDescription('Enter your email address.');
    await user.type(screen.getByLabelText('Email'), 'pat@');
    expect(screen.getByLabelText('Email')).toHaveAccessibleDescription('Enter a valid email address, like name@example.com.');
    await user.type(screen.getByLabelText('Email'), 'example.com');
    expect(screen.getByLabelText('Email')).not.toHaveAccessibleDescription();

    await user.type(screen.getByLabelText('Password'), 'wrong password');
    await user.click(screen.getByRole('button', { name: 'Log in' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/^Too many failed logins; try again in 12 minutes\.$/);
  });
});
