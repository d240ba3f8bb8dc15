// Verification as the people involved see it, each in their own browser context, against the real
// service: a nurse signs up and waits; an administrator approves her in the console and her page turns
// into the job board without reload; the administrator suspends another nurse, whose board closes live.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { test } from 'node:test';
import {
  ADMIN,
  browserForThisFile,
  expectPath,
  logIn,
  markDocument,
  openPage,
  registerVerifiedProvider,
  screenshot,
  uniqueEmail,
  wasNotReloaded,
} from './support/browser.js';

const browser = browserForThisFile();

/** Finds a provider in the console by searching for their email, on the tab of their status. */
async function providerInConsole(admin, tab, email) {
  await admin.getByRole('navigation', { name: 'Providers by status' }).getByRole('link', { name: tab }).click();
  const search = admin.getByRole('search', { name: 'Search providers' });
  await search.getByLabel('Search', { exact: true }).fill(email);
  await search.getByRole('button', { name: 'Search' }).click();
  return admin.locator('[data-testid=provider]').filter({ hasText: email });
}

async function decide(admin, provider, action, name, reason) {
  await provider.getByRole('button', { name: `${action} ${name}` }).click();
  const dialog = admin.getByRole('dialog', { name: `${action} ${name}` });
  await dialog.getByLabel('Reason').fill(reason);
  await dialog.getByRole('button', { name: action, exact: true }).click();
  await admin.getByTestId('decision-result').waitFor();
}

test('a nurse waits for verification; approved, her board opens live; suspended, another nurse loses his board live', async () => {
  // Vera signs up as a nurse through the form and lands on her status page.
  const vera = { name: 'Vera Verma', email: uniqueEmail('vera') };
  const veraPage = await openPage(browser(), 'provider Vera');
  await veraPage.goto('/register');
  const form = veraPage.getByTestId('register-form');
  await form.getByLabel('Name', { exact: true }).fill(vera.name);
  await form.getByLabel('Email', { exact: true }).fill(vera.email);
  await form.getByLabel('Password', { exact: true }).fill('provider-password-1');
  await form.getByLabel('A care provider').check();
  await form.getByLabel('Service you provide').selectOption('NURSE_VISIT');
  await form.getByLabel('Licence or registration number').fill(`RN-${randomUUID().slice(0, 8)}`);
  await form.getByRole('button', { name: 'Create account' }).click();
  await expectPath(veraPage, '/provider');
  await veraPage.locator('[data-testid=verification-status][data-status=UNVERIFIED]').waitFor();
  await markDocument(veraPage);
  await screenshot(veraPage, 'provider-awaiting-verification');

  // Sam, a verified nurse, has his board open.
  const sam = { name: 'Sam Sato', email: uniqueEmail('sam'), role: 'PROVIDER', serviceType: 'NURSE_VISIT' };
  await registerVerifiedProvider(sam);
  const samPage = await openPage(browser(), 'provider Sam');
  await samPage.goto('/provider');
  await expectPath(samPage, '/login');
  await logIn(samPage, sam.email);
  await samPage.getByTestId('job-board').waitFor();
  await markDocument(samPage);

  // The administrator approves Vera in the console; her page becomes the job board in place.
  const admin = await openPage(browser(), 'administrator');
  await admin.goto('/login');
  await logIn(admin, ADMIN.email, ADMIN.password);
  await expectPath(admin, '/admin/providers');
  const veraInConsole = await providerInConsole(admin, 'Awaiting verification', vera.email);
  await screenshot(admin, 'admin-providers');
  await decide(admin, veraInConsole, 'Approve', vera.name, 'Licence checked against the nursing register.');
  await veraPage.getByTestId('job-board').waitFor();
  await veraPage.locator('[data-testid=live-indicator][data-state=live]').waitFor();
  assert.ok(await wasNotReloaded(veraPage), "Vera's page turned into the board in place, without reload");

  // The administrator suspends Sam; his board gives way to his status page, live.
  const samInConsole = await providerInConsole(admin, 'Verified', sam.email);
  await decide(admin, samInConsole, 'Suspend', sam.name, 'Complaint under review.');
  await samPage.locator('[data-testid=verification-status][data-status=SUSPENDED]').waitFor();
  await samPage.getByTestId('verification-reason').filter({ hasText: 'Complaint under review.' }).waitFor();
  assert.equal(await samPage.getByTestId('job-board').count(), 0, "Sam's job board is gone");
  assert.ok(await wasNotReloaded(samPage), "Sam's page changed in place, without reload");
  await screenshot(samPage, 'provider-suspended');

  // Both decisions are in the audit log.
  await admin.goto('/admin/audit');
  await admin.locator('[data-testid=audit-entry][data-action=APPROVE_PROVIDER]').first().waitFor();
  await admin.locator('[data-testid=audit-entry][data-action=SUSPEND_PROVIDER]').first().waitFor();
});
