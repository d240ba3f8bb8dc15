// Route protection as a visitor meets it in the packaged app: deep links, redirects, return after login.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  browserForThisFile,
  expectPath,
  logIn,
  openPage,
  registerAccount,
  registerVerifiedProvider,
  screenshot,
  uniqueEmail,
} from './support/browser.js';

const browser = browserForThisFile();

test('an anonymous visitor opening /provider logs in and is back on /provider', async () => {
  const email = uniqueEmail('guard-provider');
  await registerVerifiedProvider({ name: 'Greta Guard', email, role: 'PROVIDER', serviceType: 'MEDICINE_DELIVERY' });
  const page = await openPage(browser(), 'anonymous');

  await page.goto('/provider');
  await expectPath(page, '/login');
  assert.equal(new URL(page.url()).searchParams.get('redirectTo'), '/provider', 'the login page remembers where the visitor was going');
  await screenshot(page, 'login');

  await logIn(page, email);
  await expectPath(page, '/provider');
  await page.getByRole('heading', { name: 'Medicine delivery jobs' }).waitFor();
  await page.getByTestId('current-user').getByText('Greta Guard').waitFor();
  await page.context().close();
});

test('a patient opening /provider is sent to /bookings', async () => {
  const email = uniqueEmail('guard-patient');
  await registerAccount({ name: 'Pavel Patient', email, role: 'USER' });
  const page = await openPage(browser(), 'patient');

  await page.goto('/login');
  await logIn(page, email);
  await expectPath(page, '/bookings');

  await page.goto('/provider');
  await expectPath(page, '/bookings');
  await page.getByTestId('booking-form').waitFor();
  await page.context().close();
});
