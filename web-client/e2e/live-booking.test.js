// The whole life of a booking across three people, each in their own browser context, against the
// real service: two providers of one service type watch their dashboards, a patient books a time
// window, one provider accepts, sets off, arrives and completes, the patient follows each step live
// and rates the visit.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { test } from 'node:test';
import {
  browserForThisFile,
  expectPath,
  markDocument,
  openDashboard,
  openPage,
  registerVerifiedProvider,
  screenshot,
  uniqueEmail,
  wasNotReloaded,
} from './support/browser.js';

const browser = browserForThisFile();

/** Signs a new patient up through the register form; they land on their bookings. */
async function registerPatient(page, name, email) {
  await page.goto('/register');
  const form = page.getByTestId('register-form');
  await form.getByLabel('Name', { exact: true }).fill(name);
  await form.getByLabel('Email', { exact: true }).fill(email);
  await form.getByLabel('Password', { exact: true }).fill('patient-password-1');
  await form.getByLabel('A patient booking care').check();
  await screenshot(page, 'register');
  await form.getByRole('button', { name: 'Create account' }).click();
  await expectPath(page, '/bookings');
  await page.locator('[data-testid=live-indicator][data-state=live]').waitFor();
}

/** A date input's value two days ahead, so that a morning window on it is in the future in any zone. */
function dayAfterTomorrow() {
  return new Date(Date.now() + 2 * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
}

test('two providers see a booking live; one takes it on its way, arrives and completes it; the patient follows each step and rates it', async () => {
  const nina = { name: 'Nina Novak', email: uniqueEmail('nina'), role: 'PROVIDER', serviceType: 'NURSE_VISIT' };
  const omar = { name: 'Omar Okafor', email: uniqueEmail('omar'), role: 'PROVIDER', serviceType: 'NURSE_VISIT' };
  await Promise.all([registerVerifiedProvider(nina), registerVerifiedProvider(omar)]);

  const ninaPage = await openPage(browser(), 'provider Nina');
  const omarPage = await openPage(browser(), 'provider Omar');
  await Promise.all([openDashboard(ninaPage, nina.email), openDashboard(omarPage, omar.email)]);

  // The patient books a nurse visit through the form.
  const patient = await openPage(browser(), 'patient');
  await registerPatient(patient, 'Paula Patient', uniqueEmail('paula'));
  await screenshot(patient, 'patient-bookings');
  await markDocument(patient);
  const street = `${Math.floor(Math.random() * 900) + 100} Linden Street`;
  const need = `Dressing change on the left knee, visit ${randomUUID().slice(0, 8)}`;
  const form = patient.getByTestId('booking-form');
  await form.getByLabel('Service', { exact: true }).selectOption('NURSE_VISIT');
  await form.getByLabel('What you need').fill(need);
  await form.getByLabel('Street and number').fill(street);
  await form.getByLabel('Postcode').fill('10115');
  await form.getByLabel('City').fill('Berlin');
  await form.getByLabel('District').fill('Mitte');
  await form.getByLabel('Country').selectOption('DE');
  await form.getByLabel('Phone').fill('030 1234567');
  await form.getByLabel('In a time window').check();
  await form.getByLabel('Day', { exact: true }).fill(dayAfterTomorrow());
  await form.getByLabel('From', { exact: true }).fill('10:30');
  await form.getByLabel('To (optional)').fill('12:30');
  // The visit is in Berlin, whatever the patient's browser says.
  await form.getByLabel('Time zone').fill('Europe/Berlin');
  await form.getByLabel('Private notes (optional)').fill('Door code 4711, second floor.');
  await screenshot(patient, 'booking-form-filled');
  await form.getByRole('button', { name: 'Book' }).click();
  await form.getByRole('status').filter({ hasText: 'Booked: Nurse home visit' }).waitFor();

  const booking = patient.locator('[data-testid=booking]').filter({ hasText: need });
  const bookingId = await booking.getAttribute('data-id');
  assert.ok(bookingId, 'the new booking is listed with its id');
  const bookingIn = (status) => patient.locator(`[data-testid=booking][data-id="${bookingId}"][data-status=${status}]`);
  await bookingIn('PENDING').waitFor();

  // Both providers see the same job appear, without reload.
  const jobOn = (page) => page.locator(`[data-testid=job-card][data-id="${bookingId}"]`);
  await Promise.all([jobOn(ninaPage).waitFor(), jobOn(omarPage).waitFor()]);
  // Before Accept a provider sees the area and the need, never the street, the phone or the notes.
  await jobOn(ninaPage).getByTestId('job-area').filter({ hasText: 'Mitte' }).waitFor();
  await jobOn(ninaPage).getByText(need).waitFor();
  for (const page of [ninaPage, omarPage]) {
    const card = await jobOn(page).innerText();
    for (const secret of [street, '1234567', 'Door code', 'Paula']) {
      assert.ok(!card.includes(secret), `a job card before Accept shows no "${secret}": ${card}`);
    }
  }
  await screenshot(ninaPage, 'provider-dashboard-with-job');
  await omarPage.setViewportSize({ width: 390, height: 844 });
  await jobOn(omarPage).getByRole('button', { name: /^Accept / }).waitFor();
  await screenshot(omarPage, 'provider-dashboard-phone');

  // Nina accepts; the job moves to her "My jobs" and leaves Omar's screen, without reload.
  await jobOn(ninaPage).getByRole('button', { name: /^Accept / }).click();
  const ninaJob = ninaPage.locator(`[data-testid=my-job][data-id="${bookingId}"][data-status=ACCEPTED]`);
  await ninaJob.waitFor();
  // The winner, and only the winner, now sees where to go and whom to call.
  await ninaJob.getByTestId('job-address').filter({ hasText: street }).waitFor();
  await ninaJob.getByTestId('job-phone').filter({ hasText: '+49301234567' }).waitFor();
  await jobOn(ninaPage).waitFor({ state: 'detached' });
  await jobOn(omarPage).getByTestId('job-notice').filter({ hasText: 'Taken by another provider' }).waitFor();
  await jobOn(omarPage).waitFor({ state: 'detached' });
  await screenshot(ninaPage, 'provider-after-accept');

  // The patient sees who accepted, live, and when the visit is on Berlin's clocks.
  await bookingIn('ACCEPTED').waitFor();
  await bookingIn('ACCEPTED').getByTestId('booking-progress').filter({ hasText: 'Accepted by Nina Novak' }).waitFor();
  assert.equal(await bookingIn('ACCEPTED').getByTestId('status').innerText(), 'Accepted', 'the visible status');
  assert.match(await bookingIn('ACCEPTED').getByTestId('booking-when').innerText(), /10:30/, "the window on the visit's clocks");

  // Nina sets off, saying she arrives in 20 minutes; the patient sees her on the way, live.
  const myJob = (status) => ninaPage.locator(`[data-testid=my-job][data-id="${bookingId}"][data-status=${status}]`);
  await ninaJob.getByLabel('Arriving in (minutes, optional)').fill('20');
  await ninaJob.getByRole('button', { name: /^On my way/ }).click();
  await myJob('EN_ROUTE').waitFor();
  await bookingIn('EN_ROUTE').getByTestId('booking-progress').filter({ hasText: /Nina Novak is on the way.*Expected around/ }).waitFor();

  // She arrives, then completes the visit; it goes to her history, and the patient sees each step live.
  await myJob('EN_ROUTE').getByRole('button', { name: /^Arrived/ }).click();
  await myJob('IN_PROGRESS').waitFor();
  await bookingIn('IN_PROGRESS').getByTestId('booking-progress').filter({ hasText: 'Nina Novak has arrived' }).waitFor();
  await myJob('IN_PROGRESS').getByRole('button', { name: /^Complete/ }).click();
  await ninaPage.getByRole('dialog').getByRole('button', { name: 'Complete visit' }).click();
  await ninaPage.locator(`[data-testid=history-job][data-id="${bookingId}"]`).waitFor();
  await myJob('IN_PROGRESS').waitFor({ state: 'detached' });
  await bookingIn('COMPLETED').getByTestId('booking-progress').filter({ hasText: 'Completed by Nina Novak' }).waitFor();

  for (const [who, page] of [['patient', patient], ['Nina', ninaPage], ['Omar', omarPage]]) {
    assert.ok(await wasNotReloaded(page), `${who}'s page was updated in place, never reloaded`);
  }

  // The patient rates the visit: 4 stars and a review.
  const rating = bookingIn('COMPLETED').getByTestId('rating-form');
  await rating.getByLabel('4 stars', { exact: true }).check();
  await rating.getByLabel('Review (optional)').fill('Kind, punctual and thorough.');
  await rating.getByRole('button', { name: 'Submit rating' }).click();
  await bookingIn('COMPLETED').getByTestId('rating').getByText('Kind, punctual and thorough.').waitFor();
  await bookingIn('COMPLETED').getByTestId('rating-form').waitFor({ state: 'detached' });
  await screenshot(patient, 'patient-after-completion-and-rating');

  // The booking's page tells its life step by step.
  await bookingIn('COMPLETED').getByRole('link', { name: 'Nurse home visit' }).click();
  await expectPath(patient, `/bookings/${bookingId}`);
  const steps = patient.getByTestId('timeline').getByTestId('step');
  await steps.nth(4).waitFor();
  assert.deepEqual(
    await steps.evaluateAll((items) => items.map((item) => item.dataset.status)),
    ['PENDING', 'ACCEPTED', 'EN_ROUTE', 'IN_PROGRESS', 'COMPLETED'],
    'every step of the visit, oldest first',
  );
  await screenshot(patient, 'patient-booking-timeline');

  // No stream carries ratings (the summary refetches every 30 s or on focus): reload to see it now.
  await ninaPage.reload();
  const summary = ninaPage.locator('[data-testid=rating-summary][data-count="1"]');
  await summary.waitFor();
  assert.equal(Number(await summary.getAttribute('data-average')), 4, "Nina's average rating");
  await summary.getByText('Kind, punctual and thorough.').waitFor();
  await screenshot(ninaPage, 'provider-rating');
});
