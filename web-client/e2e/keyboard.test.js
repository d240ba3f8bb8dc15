// A provider's whole visit with the keyboard alone, against the real service: log in, go on duty,
// accept a job, say when they arrive, set off, arrive and complete (confirming by keyboard where the
// board asks first), while the patient's page follows live. Every control is reached with Tab by its
// accessible name and pressed with Enter or Space: nothing is clicked or focused by the test.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  bookVisit,
  browserForThisFile,
  expectPath,
  openPage,
  openSignedIn,
  PASSWORD,
  registerAccount,
  registerVerifiedProvider,
  signedIn,
  tabTo,
  uniqueEmail,
} from './support/browser.js';

const browser = browserForThisFile();

test('a provider claims a job and takes it on the way, to arrived and to completed with the keyboard alone; the patient sees it completed', async () => {
  const patient = { name: 'Kim Keys', email: uniqueEmail('kim'), role: 'USER' };
  const nurse = { name: 'Kai Keyboard', email: uniqueEmail('kai'), role: 'PROVIDER', serviceType: 'NURSE_VISIT' };
  await Promise.all([registerAccount(patient), registerVerifiedProvider(nurse)]);
  const booking = await bookVisit(await signedIn(patient.email), { need: 'Eye drops, by keyboard' });

  const patientPage = await openPage(browser(), 'patient');
  await openSignedIn(patientPage, '/bookings', patient.email);
  const bookingIn = (status) => patientPage.locator(`[data-testid=booking][data-id="${booking.id}"][data-status=${status}]`);
  await bookingIn('PENDING').waitFor();

  // Logging in, by keyboard too.
  const page = await openPage(browser(), 'provider Kai');
  await page.goto('/login');
  const login = page.getByTestId('login-form');
  await tabTo(page, login.getByLabel('Email', { exact: true }));
  await page.keyboard.type(nurse.email);
  await tabTo(page, login.getByLabel('Password', { exact: true }));
  await page.keyboard.type(PASSWORD);
  await page.keyboard.press('Enter');
  await expectPath(page, '/provider');
  await page.locator('[data-testid=live-indicator][data-state=live]').waitFor();

  await tabTo(page, page.getByRole('button', { name: 'Go on duty' }));
  await page.keyboard.press('Enter');
  await page.getByTestId('duty').getByText(/^You are on duty/).waitFor();

  const card = page.locator(`[data-testid=job-card][data-id="${booking.id}"]`);
  await tabTo(page, card.getByRole('button', { name: /^Accept / }));
  await page.keyboard.press('Enter');
  const visit = (status) => page.locator(`[data-testid=my-job][data-id="${booking.id}"][data-status=${status}]`);
  await visit('ACCEPTED').waitFor();
  await bookingIn('ACCEPTED').waitFor();

  await tabTo(page, visit('ACCEPTED').getByLabel('Arriving in (minutes, optional)'));
  await page.keyboard.type('15');
  await tabTo(page, visit('ACCEPTED').getByRole('button', { name: /^On my way/ }));
  await page.keyboard.press('Space');
  await visit('EN_ROUTE').waitFor();
  await bookingIn('EN_ROUTE').getByTestId('booking-progress').filter({ hasText: 'Expected around' }).waitFor();

  await tabTo(page, visit('EN_ROUTE').getByRole('button', { name: /^Arrived/ }));
  await page.keyboard.press('Enter');
  await visit('IN_PROGRESS').waitFor();

  await tabTo(page, visit('IN_PROGRESS').getByRole('button', { name: /^Complete/ }));
  await page.keyboard.press('Enter');
  // Where the board asks before completing, the question is answered by keyboard as well.
  const confirmation = page.getByRole('dialog');
  const inHistory = page.locator(`[data-testid=history-job][data-id="${booking.id}"]`);
  await confirmation.or(inHistory).first().waitFor();
  if (await confirmation.isVisible()) {
    await tabTo(page, confirmation.getByRole('button', { name: /^(yes, )?(mark (it |as )?)?complete/i }));
    await page.keyboard.press('Enter');
  }
  await inHistory.waitFor();
  await visit('IN_PROGRESS').waitFor({ state: 'detached' });

  await bookingIn('COMPLETED').waitFor();
  assert.equal(await bookingIn('COMPLETED').getByTestId('status').innerText(), 'Completed', "the patient's page says Completed");
});
