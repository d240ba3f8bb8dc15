// A visit changing hands, each person in their own browser context, against the real service: a nurse
// gives a visit back with a reason and the patient sees, live, that another provider is being looked
// for; another nurse takes it; the patient cancels with a reason and that nurse sees, live, the visit
// leave "My jobs" with the patient's words.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  browserForThisFile,
  expectPath,
  logIn,
  markDocument,
  openDashboard,
  openPage,
  registerAccount,
  registerVerifiedProvider,
  screenshot,
  signedIn,
  uniqueEmail,
  wasNotReloaded,
} from './support/browser.js';

const browser = browserForThisFile();

test('a nurse gives a visit back, another takes it, the patient cancels it: each side sees it live, with the reasons', async () => {
  const patient = { name: 'Hanna Handover', email: uniqueEmail('hanna'), role: 'USER' };
  const nina = { name: 'Nina Giveback', email: uniqueEmail('nina'), role: 'PROVIDER', serviceType: 'NURSE_VISIT' };
  const omar = { name: 'Omar Takeover', email: uniqueEmail('omar'), role: 'PROVIDER', serviceType: 'NURSE_VISIT' };
  await Promise.all([registerAccount(patient), registerVerifiedProvider(nina), registerVerifiedProvider(omar)]);
  const booking = await (await signedIn(patient.email))('/api/bookings', {
    serviceType: 'NURSE_VISIT',
    address: { street: '12 Handover Street', postcode: '10117', city: 'Berlin', district: 'Mitte', country: 'DE' },
    phone: '030 5550199',
    need: 'Blood pressure check',
    timeZone: 'Europe/Berlin',
  });

  const ninaPage = await openPage(browser(), 'provider Nina');
  const omarPage = await openPage(browser(), 'provider Omar');
  const patientPage = await openPage(browser(), 'patient');
  await Promise.all([openDashboard(ninaPage, nina.email), openDashboard(omarPage, omar.email)]);
  await patientPage.goto('/login');
  await logIn(patientPage, patient.email);
  await expectPath(patientPage, '/bookings');
  await patientPage.locator('[data-testid=live-indicator][data-state=live]').waitFor();
  await markDocument(patientPage);

  const bookingIn = (status) => patientPage.locator(`[data-testid=booking][data-id="${booking.id}"][data-status=${status}]`);
  const jobOn = (page) => page.locator(`[data-testid=job-card][data-id="${booking.id}"]`);
  const myJobOn = (page) => page.locator(`[data-testid=my-job][data-id="${booking.id}"]`);

  // Nina accepts, then gives the visit back with a reason.
  await jobOn(ninaPage).getByRole('button', { name: /^Accept / }).click();
  await myJobOn(ninaPage).waitFor();
  await bookingIn('ACCEPTED').getByTestId('booking-progress').filter({ hasText: `Accepted by ${nina.name}` }).waitFor();
  await myJobOn(ninaPage).getByRole('button', { name: /^Give back/ }).click();
  const dialog = ninaPage.getByRole('dialog');
  await dialog.getByLabel('Reason').fill('My car broke down.');
  await dialog.getByRole('button', { name: 'Give back', exact: true }).click();
  await myJobOn(ninaPage).waitFor({ state: 'detached' });
  await ninaPage.getByTestId('job-notice').filter({ hasText: 'You gave back the visit in Mitte, Berlin.' }).waitFor();

  // The patient sees, live, that another provider is looked for, and why; Omar sees the job again.
  await bookingIn('PENDING').getByTestId('booking-progress').filter({ hasText: 'Looking for another provider' }).filter({ hasText: 'My car broke down.' }).waitFor();
  await screenshot(patientPage, 'patient-looking-for-another-provider');
  await jobOn(omarPage).getByRole('button', { name: /^Accept / }).click();
  await myJobOn(omarPage).waitFor();
  await bookingIn('ACCEPTED').getByTestId('booking-progress').filter({ hasText: `Accepted by ${omar.name}` }).waitFor();
  assert.equal(await jobOn(ninaPage).count(), 0, 'the job never comes back to the nurse who gave it back');

  // The patient cancels, and must say why now that a provider has it; Omar sees it leave, in her words.
  await bookingIn('ACCEPTED').getByRole('button', { name: 'Cancel booking' }).click();
  const cancel = patientPage.getByRole('dialog', { name: 'Cancel this booking?' });
  await cancel.getByLabel('Reason', { exact: true }).fill('Feeling better');
  await cancel.getByRole('button', { name: 'Cancel booking' }).click();
  await bookingIn('CANCELLED').waitFor();
  await myJobOn(omarPage).waitFor({ state: 'detached' });
  await omarPage.getByTestId('job-notice').filter({ hasText: 'The patient cancelled the visit in Mitte, Berlin: “Feeling better”' }).waitFor();
  await screenshot(omarPage, 'provider-visit-cancelled');

  for (const [who, page] of [['patient', patientPage], ['Nina', ninaPage], ['Omar', omarPage]]) {
    assert.ok(await wasNotReloaded(page), `${who}'s page was updated in place, never reloaded`);
  }
});
