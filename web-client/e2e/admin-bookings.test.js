// The operator's view of the platform: a booking nobody takes shows up on the administrator's
// "waiting too long" list without private details; the administrator opens them (an audited read);
// a nurse accepts the visit and it leaves the list live. The service under test counts a booking as
// waiting too long after 2 seconds (WebClientEndToEndIT sets medondoor.bookings.waiting-too-long).
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { test } from 'node:test';
import {
  ADMIN,
  browserForThisFile,
  expectPath,
  logIn,
  markDocument,
  openPage,
  registerAccount,
  registerVerifiedProvider,
  screenshot,
  signedIn,
  uniqueEmail,
  wasNotReloaded,
} from './support/browser.js';

const browser = browserForThisFile();

test('a booking nobody takes waits on the console without private details, opens on request, and leaves live when taken', async () => {
  const patient = { name: 'Wanda Waiting', email: uniqueEmail('wanda'), role: 'USER' };
  await registerAccount(patient);
  const street = `${Math.floor(Math.random() * 900) + 100} Linden Avenue`;
  const booking = await (await signedIn(patient.email))('/api/bookings', {
    serviceType: 'NURSE_VISIT',
    address: { street, postcode: '10117', city: 'Berlin', district: 'Mitte', country: 'DE' },
    phone: '030 5550123',
    need: 'Dressing change',
    notes: 'Key under the mat',
  });
  const booked = Date.now();
  const nurse = { name: 'Nina Quick', email: uniqueEmail('nina'), role: 'PROVIDER', serviceType: 'NURSE_VISIT' };
  await registerVerifiedProvider(nurse);
  await sleep(Math.max(0, 2500 - (Date.now() - booked)));

  const admin = await openPage(browser(), 'administrator');
  await admin.goto('/login');
  await logIn(admin, ADMIN.email, ADMIN.password);
  await expectPath(admin, '/admin/providers');
  await admin.goto('/admin/waiting');
  const card = admin.locator(`[data-testid=waiting-booking][data-id="${booking.id}"]`);
  await card.waitFor();
  // The console's stream is open (its first frame came after it joined the feed): the claim below reaches it.
  await admin.locator('[data-testid=live-indicator][data-state=live]').waitFor();
  await markDocument(admin);
  assert.equal(await card.getByText(street).count(), 0, 'the street is not on the waiting list');
  await screenshot(admin, 'admin-waiting');

  await card.getByRole('button', { name: 'Show private details' }).click();
  await card.getByTestId('private-address').filter({ hasText: street }).waitFor();

  const asNurse = await signedIn(nurse.email);
  await asNurse('/api/jobs/duty', { onDuty: true }, 'PUT');
  await asNurse(`/api/jobs/${booking.id}/claim`);
  await card.getByTestId('waiting-notice').filter({ hasText: `Accepted by ${nurse.name}` }).waitFor();
  await card.waitFor({ state: 'detached' });
  assert.ok(await wasNotReloaded(admin), 'the list changed in place, without reload');

  await admin.goto('/admin/audit');
  await admin.locator('[data-testid=audit-entry][data-action=READ_BOOKING]').first().waitFor();
});
