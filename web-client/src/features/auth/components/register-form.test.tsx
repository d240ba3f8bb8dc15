import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { getSession } from '@/lib/session';
import { json, mockFetch, problem } from '@/testing/mock-fetch';
import { provider, renderWithProviders } from '@/testing/test-utils';
import { RegisterForm } from './register-form';

describe('RegisterForm', () => {
  it('checks every field before sending anything', async () => {
    const api = mockFetch({});
    const { user } = renderWithProviders(<RegisterForm />);
    await user.type(screen.getByLabelText('Email'), 'not-an-email');
    await user.type(screen.getByLabelText('Password'), 'short');
    await user.click(screen.getByLabelText('A care provider'));
    await user.click(screen.getByRole('button', { name: 'Create account' }));

    expect(screen.getByLabelText('Name')).toHaveAccessibleDescription('Enter your name.');
    expect(screen.getByLabelText('Email')).toHaveAccessibleDescription(/valid email address/);
    expect(screen.getByLabelText('Password')).toHaveAccessibleDescription(/Use at least 8 characters/);
    expect(screen.getByLabelText('Service you provide')).toHaveAccessibleDescription('Choose the service you provide.');
    expect(screen.queryByTestId('professional-fields')).not.toBeInTheDocument();
    expect(api.requests).toHaveLength(0);
    await waitFor(() => expect(screen.getByLabelText('Name')).toHaveFocus());
  });

  it('registers a provider with a service type and licence number, then signs in', async () => {
    const api = mockFetch({
      'POST /api/auth/register': () => json(provider, 201),
      'POST /api/auth/login': () => json({ accessToken: 'tok', tokenType: 'Bearer', expiresIn: 900, user: provider }),
    });
    const { user } = renderWithProviders(<RegisterForm />);
    await user.type(screen.getByLabelText('Name'), 'Nina Nurse');
    await user.type(screen.getByLabelText('Email'), 'nina@example.com');
    await user.type(screen.getByLabelText('Password'), 'correct horse');
    await user.click(screen.getByLabelText('A care provider'));
    await user.selectOptions(screen.getByLabelText('Service you provide'), 'NURSE_VISIT');
    await user.click(screen.getByRole('button', { name: 'Create account' }));
    expect(screen.getByLabelText('Licence or registration number')).toHaveAccessibleDescription(/Enter your licence or registration number\./);
    expect(api.requests).toHaveLength(0);

    await user.type(screen.getByLabelText('Licence or registration number'), 'RN-123456');
    await user.click(screen.getByRole('button', { name: 'Create account' }));

    await waitFor(() => expect(getSession()?.accessToken).toBe('tok'));
    expect(api.sent('POST', /register$/)[0]!.body).toEqual({
      name: 'Nina Nurse',
      email: 'nina@example.com',
      password: 'correct horse',
      role: 'PROVIDER',
      serviceType: 'NURSE_VISIT',
      professional: { licenceNumber: 'RN-123456' },
    });
    expect(sessionStorage.length, 'the token stays in memory').toBe(0);
    expect(localStorage.length).toBe(0);
    expect(document.cookie).toBe('');
  });

  it('shows a taken email as a readable message, and server field errors beside their fields', async () => {
    let attempt = 0;
    mockFetch({
      'POST /api/auth/register': () =>
        ++attempt === 1
          ? problem(409, { title: 'Email already registered', detail: 'An account with this email already exists.' })
          : problem(400, { title: 'Invalid request', errors: [{ field: 'name', message: 'must not be blank' }] }),
    });
    const { user } = renderWithProviders(<RegisterForm />);
    await user.type(screen.getByLabelText('Name'), 'Pat');
    await user.type(screen.getByLabelText('Email'), 'pat@example.com');
    await user.type(screen.getByLabelText('Password'), 'password1');
    await user.click(screen.getByRole('button', { name: 'Create account' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('An account with this email already exists.');

    await user.click(screen.getByRole('button', { name: 'Create account' }));
    await waitFor(() => expect(screen.getByLabelText('Name')).toHaveAccessibleDescription('must not be blank'));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('asks a courier for an identity document and a vehicle, and shows the server’s errors at those fields', async () => {
    const api = mockFetch({
      'POST /api/auth/register': () =>
        problem(400, {
          title: 'Invalid request',
          errors: [
            { field: 'professional.identityDocument', message: 'must not be blank' },
            { field: 'professional.vehicle', message: 'must be at most 200 characters' },
          ],
        }),
    });
    const { user } = renderWithProviders(<RegisterForm />);
    await user.type(screen.getByLabelText('Name'), 'Carl Courier');
    await user.type(screen.getByLabelText('Email'), 'carl@example.com');
    await user.type(screen.getByLabelText('Password'), 'correct horse');
    await user.click(screen.getByLabelText('A care provider'));
    await user.selectOptions(screen.getByLabelText('Service you provide'), 'MEDICINE_DELIVERY');
    expect(screen.queryByLabelText('Licence or registration number')).not.toBeInTheDocument();
    await user.type(screen.getByLabelText('Identity document'), 'passport X1234567');
    await user.type(screen.getByLabelText('Vehicle'), 'Blue scooter AB12 CDE');
    await user.click(screen.getByRole('button', { name: 'Create account' }));

    await waitFor(() => expect(screen.getByLabelText('Identity document')).toHaveAccessibleDescription(/must not be blank/));
    expect(screen.getByLabelText('Vehicle')).toHaveAccessibleDescription(/must be at most 200 characters/);
    expect(api.sent('POST', /register$/)[0]!.body).toMatchObject({
      role: 'PROVIDER',
      serviceType: 'MEDICINE_DELIVERY',
      professional: { identityDocument: 'passport X1234567', vehicle: 'Blue scooter AB12 CDE' },
    });
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
