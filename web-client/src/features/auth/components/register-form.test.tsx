import { screen, waitFor, within } from '@testing-library/react';
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
    expect(screen.getByLabelText('Service you provide')).toHaveAccessibleDescription(/Choose the service you provide\.$/);
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

  it('says a taken email at the field with a way to log in instead, and server field errors beside their fields, as sentences', async () => {
    let attempt = 0;
    mockFetch({
      'POST /api/auth/register': () =>
        ++attempt === 1
          ? problem(409, { type: 'https://medondoor.app/problems/email-taken', title: 'Email already registered', detail: 'An account with this email already exists.' })
          : problem(400, { title: 'Invalid request', errors: [{ field: 'name', message: 'must not be blank' }] }),
    });
    const { user } = renderWithProviders(<RegisterForm />);
    await user.type(screen.getByLabelText('Name'), 'Pat');
    await user.type(screen.getByLabelText('Email'), 'pat@example.com');
    await user.type(screen.getByLabelText('Password'), 'password1');
    await user.click(screen.getByRole('button', { name: 'Create account' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('An account with this email address already exists. Log in instead');
    expect(within(alert).getByRole('link', { name: 'Log in instead' })).toHaveAttribute('href', '/login');
    expect(screen.getByLabelText('Email')).toHaveAccessibleDescription('An account with this email address already exists.');

    await user.type(screen.getByLabelText('Email'), '.uk');
    expect(screen.queryByRole('alert'), 'another email: the message no longer applies').not.toBeInTheDocument();
    expect(screen.getByLabelText('Email')).not.toHaveAccessibleDescription();

    await user.click(screen.getByRole('button', { name: 'Create account' }));
    await waitFor(() => expect(screen.getByLabelText('Name')).toHaveAccessibleDescription('The name must not be blank.'));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('shows the password’s rules before anyone fails them, and a refused password’s error only while that password stays', async () => {
    mockFetch({
      'POST /api/auth/register': () =>
        problem(400, { title: 'Invalid request', detail: 'password: is one of the most common passwords; choose another', errors: [{ field: 'password', message: 'is one of the most common passwords; choose another' }] }),
    });
    const { user } = renderWithProviders(<RegisterForm />);
    const password = screen.getByLabelText('Password');
    expect(password).toHaveAccessibleDescription(/^At least 8 characters, and not one of the most common passwords/);
    await user.type(screen.getByLabelText('Name'), 'Pat');
    await user.type(screen.getByLabelText('Email'), 'pat@example.com');
    await user.type(password, 'password1');
    await user.click(screen.getByRole('button', { name: 'Create account' }));

    await waitFor(() => expect(password).toHaveAccessibleDescription(/The password is one of the most common passwords; choose another\.$/));
    expect(password).toHaveAttribute('aria-invalid', 'true');
    await user.type(password, '-but-longer');
    expect(password).not.toHaveAccessibleDescription(/most common passwords; choose another/);
    expect(password).toHaveAttribute('aria-invalid', 'false');

    // The form's own checks follow the typing too, once it was sent: too short, then fixed.
    await user.clear(password);
    await user.type(password, 'short');
    expect(password).toHaveAccessibleDescription(/Use at least 8 characters\.$/);
    await user.type(password, '-enough');
    expect(password).toHaveAttribute('aria-invalid', 'false');
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
