import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json, mockFetch, problem } from '@/testing/mock-fetch';
import { makeBooking, patient, renderWithProviders, signIn } from '@/testing/test-utils';
import { BookingForm } from './booking-form';

/** Fills every required field at once (typing is not what these tests are about). */
function fillAll({ street = '7 New Street' } = {}) {
  const values: Record<string, string> = {
    Service: 'NURSE_VISIT',
    'What you need': 'Insulin injection',
    'Street and number': street,
    'Flat or floor (optional)': '3rd floor',
    Postcode: '10997',
    City: 'Berlin',
    District: 'Kreuzberg',
    Country: 'DE',
    Phone: '030 1234567',
  };
  for (const [label, value] of Object.entries(values)) fireEvent.change(screen.getByLabelText(label), { target: { value } });
}

describe('BookingForm', () => {
  it('shows each field’s rules before anyone fails them', async () => {
    signIn(patient);
    mockFetch({});
    const { user } = renderWithProviders(<BookingForm />);
    expect(screen.getByLabelText('What you need')).toHaveAccessibleDescription(/leave out names, addresses and phone numbers\. 0 \/ 200 characters$/);
    expect(screen.getByLabelText('Street and number')).toHaveAccessibleDescription("The street's name and the house number, such as Hauptstraße 5.");
    expect(screen.getByLabelText('Postcode')).toHaveAccessibleDescription('Letters and digits, as on a letter: 10997, SW1A 1AA.');
    expect(screen.getByLabelText('Phone')).toHaveAccessibleDescription(/^With the country code \(\+49 30 1234567\), or as you dial it in the address's country\./);
    await user.click(screen.getByRole('radio', { name: 'In a time window' }));
    expect(screen.getByLabelText('Day')).toHaveAccessibleDescription('Today or up to 90 days ahead.');
  });

  it('says what is wrong in whole sentences, and takes each error away as soon as its field is fixed', async () => {
    signIn(patient);
    const api = mockFetch({
      'POST /api/bookings': () =>
        problem(400, { title: 'Invalid request', detail: 'phone: must be a valid phone number', errors: [{ field: 'phone', message: "must be a valid phone number, with its country code (+49 30 1234567) or as dialled in the address's country" }] }),
    });
    const { user } = renderWithProviders(<BookingForm />);
    await user.click(screen.getByRole('button', { name: 'Book' }));
    const postcode = screen.getByLabelText('Postcode');
    expect(postcode).toHaveAccessibleDescription(/Enter the postcode\.$/);

    // The service's rule for a postcode (letters, digits, spaces, hyphens): refused here first.
    await user.type(postcode, '🏠');
    expect(postcode).toHaveAccessibleDescription(/Write the postcode with letters and digits only \(spaces and hyphens may go between them\), at most 16 characters\.$/);
    await user.clear(postcode);
    await user.type(postcode, '10997');
    expect(postcode).toHaveAttribute('aria-invalid', 'false');
    expect(postcode).toHaveAccessibleDescription('Letters and digits, as on a letter: 10997, SW1A 1AA.');

    await user.type(screen.getByLabelText('Phone'), '030 call me');
    expect(screen.getByLabelText('Phone')).toHaveAccessibleDescription(/Write the phone number in digits, like \+49 30 1234567; spaces, brackets, dots, slashes and hyphens may go between them\.$/);

    await user.clear(screen.getByLabelText('Phone'));
    await user.clear(postcode);
    fillAll();
    await user.click(screen.getByRole('button', { name: 'Book' }));
    await waitFor(() =>
      expect(screen.getByLabelText('Phone')).toHaveAccessibleDescription(
        /The phone must be a valid phone number, with its country code \(\+49 30 1234567\) or as dialled in the address's country\.$/,
      ),
    );
    expect(api.sent('POST', /bookings$/)).toHaveLength(1);
    // The service read the number as dialled in Germany; in another country it may be valid.
    await user.selectOptions(screen.getByLabelText('Country'), 'AT');
    expect(screen.getByLabelText('Phone')).toHaveAttribute('aria-invalid', 'false');
  });

  it('offers the last booking’s address again (kept per account, without the phone or the notes)', async () => {
    signIn(patient);
    mockFetch({ 'POST /api/bookings': () => json(makeBooking({ id: 'b-made' }), 201) });
    let created = 0;
    const first = renderWithProviders(<BookingForm onCreated={() => created++} />);
    expect(screen.queryByTestId('last-address')).not.toBeInTheDocument();
    fillAll();
    await first.user.type(screen.getByLabelText('Private notes (optional)'), 'Door code 4711');
    await first.user.click(screen.getByRole('button', { name: 'Book' }));
    await waitFor(() => expect(created).toBe(1));
    first.unmount();
    const kept = JSON.stringify({ ...localStorage });
    expect(kept).toContain('7 New Street');
    expect(kept).not.toContain('4711');
    expect(kept).not.toContain('1234567');

    const { user } = renderWithProviders(<BookingForm />);
    expect(screen.getByLabelText('Street and number')).toHaveValue('7 New Street');
    expect(screen.getByLabelText('Flat or floor (optional)')).toHaveValue('3rd floor');
    expect(screen.getByLabelText('Country')).toHaveValue('DE');
    expect(screen.getByLabelText('Phone')).toHaveValue('');
    expect(screen.getByLabelText('Private notes (optional)')).toHaveValue('');
    expect(screen.getByRole('button', { name: 'Use another address' })).toHaveAccessibleDescription('This is the address of your last booking.');

    await user.click(screen.getByRole('button', { name: 'Use another address' }));
    expect(screen.getByLabelText('Street and number')).toHaveValue('');
    expect(screen.getByLabelText('Postcode')).toHaveValue('');
    fireEvent.change(screen.getByLabelText('City'), { target: { value: 'Hamburg' } });
    const useLast = screen.getByRole('button', { name: 'Use my last address' });
    expect(useLast).toHaveAccessibleDescription('7 New Street, 3rd floor, 10997 Berlin, Kreuzberg, Germany');
    await user.click(useLast);
    expect(screen.getByLabelText('City')).toHaveValue('Berlin');
    expect(screen.getByLabelText('Street and number')).toHaveValue('7 New Street');
  });

  it('offers no one else’s last address', async () => {
    localStorage.setItem('medondoor.last-address.u-someone-else', JSON.stringify({ street: '1 Other Road', flat: '', postcode: '1010', city: 'Vienna', district: 'Innere Stadt', country: 'AT' }));
    signIn(patient);
    mockFetch({});
    renderWithProviders(<BookingForm />);
    expect(screen.getByLabelText('Street and number')).toHaveValue('');
    expect(screen.queryByTestId('last-address')).not.toBeInTheDocument();
  });
});
