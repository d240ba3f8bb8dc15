// Sessions and the connection as people meet them, against the real service: signed in through a
// reload and in a new tab; access tokens renewed silently, two tabs at once, with the live updates
// still flowing once the first token has long expired; logging out in one tab ends every tab; a
// session ended elsewhere says so; offline, the page says so and a claim pressed then is not made,
// then or later; and a claim the service never answers is abandoned. The renewal test needs a service
// with short access tokens: WebClientEndToEndIT starts it with medondoor.jwt.access-token-ttl=90s
// (README, "End-to-end tests").
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, test } from 'node:test';
import {
  BASE_URL,
  bookVisit,
  browserForThisFile,
  expectPath,
  markDocument,
  openDashboard,
  openPage,
  openSignedIn,
  PASSWORD,
  registerAccount,
  registerVerifiedProvider,
  signedIn,
  uniqueEmail,
  wasNotReloaded,
} from './support/browser.js';

const browser = browserForThisFile();

/** The server's heartbeat is every 15 s; the app takes twice that in silence for a dead connection. */
const SILENCE_BOUND_MS = 2 * 15_000 + 10_000;

const liveIn = (page) => page.locator('[data-testid=live-indicator][data-state=live]');

async function newPatient(who) {
  const patient = { name: `${who} Patient`, email: uniqueEmail(who.toLowerCase()), role: 'USER' };
  await registerAccount(patient);
  return patient;
}

/** A patient's bookings in one tab, signed in through the login page, live. */
async function patientTab(name, patient) {
  const page = await openPage(browser(), name);
  await openSignedIn(page, '/bookings', patient.email);
  await liveIn(page).waitFor();
  return page;
}

/** Another tab of the same browser (its cookie, so the same session) on `pathname`. */
async function anotherTab(page, pathname) {
  const tab = await page.context().newPage();
  await tab.goto(pathname);
  return tab;
}

async function status(path, token) {
  const response = await fetch(`${BASE_URL}${path}`, { headers: { authorization: `Bearer ${token}` } });
  await response.body?.cancel();
  return response.status;
}

// The renewal test mostly waits for a token to expire: the others run beside it.
describe('sessions', { concurrency: 2 }, () => {
  test('with short access tokens, two tabs renew theirs together, silently, and stay signed in and live long after the first token expired', async (t) => {
    const patient = await newPatient('Renata');
    const { expiresIn } = await (await fetch(`${BASE_URL}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: patient.email, password: PASSWORD }),
    })).json();
    if (expiresIn > 120) {
      t.skip(`access tokens last ${expiresIn} s here: start the service with medondoor.jwt.access-token-ttl=90s to see them renewed`);
      return;
    }
    const booking = await bookVisit(await signedIn(patient.email), { need: 'Physiotherapy, booked before the renewal' });

    const page = await openPage(browser(), 'patient tab 1');
    const loggedIn = page.waitForResponse((response) => response.url().endsWith('/api/auth/login'));
    await openSignedIn(page, '/bookings', patient.email);
    const firstToken = (await (await loggedIn).json()).accessToken;
    const tab = await anotherTab(page, '/bookings');
    await Promise.all([liveIn(page).waitFor(), liveIn(tab).waitFor()]);
    await Promise.all([markDocument(page), markDocument(tab)]);
    const renewals = [];
    page.context().on('response', (response) => {
      if (response.url().endsWith('/api/auth/refresh')) renewals.push(response.status());
    });

    // Waits for the first token's own expiry, as the service sees it: the condition the test is about.
    const deadline = Date.now() + (expiresIn + 30) * 1000;
    while ((await status('/api/me', firstToken)) !== 401) {
      assert.ok(Date.now() < deadline, `the token from the login is refused once its ${expiresIn} s are over`);
      await sleep(2_000);
    }

    for (const [name, each] of [['first tab', page], ['second tab', tab]]) {
      await expectPath(each, '/bookings');
      await each.getByTestId('current-user').getByText(patient.name).waitFor();
      await liveIn(each).waitFor();
      assert.ok(await wasNotReloaded(each), `the ${name} renewed in place, never reloaded`);
    }
    assert.ok(renewals.length >= 1, 'the tabs renewed their token before it expired');
    assert.deepEqual(renewals.filter((code) => code !== 200), [], 'no renewal was refused (two tabs renewing together are no theft)');

    // The live updates flow on the renewed token: a cancellation made elsewhere shows in both tabs.
    await (await signedIn(patient.email))(`/api/bookings/${booking.id}/cancel`, { reason: 'Booked twice.' });
    for (const each of [page, tab]) await each.locator(`[data-testid=booking][data-id="${booking.id}"][data-status=CANCELLED]`).waitFor();
    await page.context().close();
  });

  test('a signed-in patient stays signed in through a reload and in a new tab; no script can read the session', async () => {
    const patient = await newPatient('Rita');
    const page = await patientTab('patient', patient);

    const restored = page.waitForResponse((response) => response.url().endsWith('/api/auth/refresh'));
    await page.reload();
    assert.equal((await restored).status(), 200, 'the reload renews the session from its cookie');
    await expectPath(page, '/bookings');
    await page.getByTestId('current-user').getByText(patient.name).waitFor();
    await liveIn(page).waitFor();

    const tab = await anotherTab(page, '/bookings');
    await expectPath(tab, '/bookings');
    await tab.getByTestId('current-user').getByText(patient.name).waitFor();
    await liveIn(tab).waitFor();

    const { accessToken } = await (await restored).json();
    const readable = await page.evaluate(() => [document.cookie, ...Object.values(localStorage), ...Object.values(sessionStorage)].join('\n'));
    assert.ok(!readable.includes('medondoor_session'), 'the session cookie is out of reach of script');
    assert.ok(!readable.includes(accessToken.slice(-20)), 'the access token is in memory only, never in storage or a cookie');
    await page.context().close();
  });

  test('logging out in one tab signs the other tab out too, for good', async () => {
    const patient = await newPatient('Lola');
    const page = await patientTab('patient tab 1', patient);
    const tab = await anotherTab(page, '/bookings');
    await liveIn(tab).waitFor();

    await page.getByRole('button', { name: 'Log out' }).click();
    await expectPath(page, '/login');
    await expectPath(tab, '/login');
    await tab.getByTestId('login-form').waitFor();
    assert.equal(await tab.getByTestId('current-user').count(), 0, 'the other tab names nobody as signed in');

    // The session is over on the server: the cookie no longer signs anyone in.
    await tab.goto('/bookings');
    await expectPath(tab, '/login');
    await tab.getByTestId('login-form').waitFor();
    await page.context().close();
  });

  test('a session ended elsewhere (logged out from another device) sends the page to log in, saying the session has ended', async () => {
    const patient = await newPatient('Elsa');
    const page = await patientTab('patient', patient);

    // Behind the app's back, with the same cookie: a token for the session, and a logout with it.
    const answers = await page.evaluate(async () => {
      const headers = { 'X-Requested-With': 'medondoor' };
      const refresh = await fetch('/api/auth/refresh', { method: 'POST', headers });
      const { accessToken } = await refresh.json();
      const logout = await fetch('/api/auth/logout', { method: 'POST', headers: { ...headers, Authorization: `Bearer ${accessToken}` } });
      return [refresh.status, logout.status];
    });
    assert.deepEqual(answers, [200, 204], 'the session was renewed, then ended, elsewhere');

    await expectPath(page, '/login');
    await page.getByText('Your session has ended; please log in again.').waitFor();
    assert.equal(new URL(page.url()).searchParams.get('redirectTo'), '/bookings', 'logging in again leads back to the bookings');
    await page.context().close();
  });

  test('offline, the page says so and stops claiming to be live; an Accept pressed then fails, says so, and is never sent later', async () => {
    const patient = await newPatient('Olga');
    const nurse = { name: 'Otto Offline', email: uniqueEmail('otto'), role: 'PROVIDER', serviceType: 'NURSE_VISIT' };
    const rival = { name: 'Rosa Rival', email: uniqueEmail('rosa'), role: 'PROVIDER', serviceType: 'NURSE_VISIT' };
    await Promise.all([registerVerifiedProvider(nurse), registerVerifiedProvider(rival)]);
    const booking = await bookVisit(await signedIn(patient.email), { need: 'Dressing change, claimed offline' });

    const page = await openPage(browser(), 'provider Otto');
    await openDashboard(page, nurse.email);
    const card = page.locator(`[data-testid=job-card][data-id="${booking.id}"]`);
    await card.waitFor();
    const claimsAnswered = [];
    page.on('requestfinished', (request) => {
      if (request.url().endsWith(`/api/jobs/${booking.id}/claim`)) claimsAnswered.push(request.url());
    });

    await page.context().setOffline(true);
    await page.locator('[data-testid=offline-banner][data-reason=offline]').waitFor();
    await page.locator('[data-testid=live-indicator]:not([data-state=live])').waitFor({ timeout: SILENCE_BOUND_MS });

    await card.getByRole('button', { name: /^Accept / }).click();
    await page.getByText('No connection: the job was not accepted. Try again.').first().waitFor();
    await card.getByRole('button', { name: /^Accept / }).waitFor();
    assert.ok(await card.getByRole('button', { name: /^Accept / }).isEnabled(), 'Accept can be pressed again');

    await page.context().setOffline(false);
    await page.getByTestId('offline-banner').waitFor({ state: 'detached' });
    await liveIn(page).waitFor({ timeout: SILENCE_BOUND_MS });

    // Back online, the claim was not made behind the provider's back: the job is still free for anyone.
    const asPatient = await signedIn(patient.email);
    assert.equal((await asPatient(`/api/bookings/${booking.id}`, undefined, 'GET')).status, 'PENDING', 'the booking is still waiting');
    const asRival = await signedIn(rival.email);
    await asRival('/api/jobs/duty', { onDuty: true }, 'PUT');
    await asRival(`/api/jobs/${booking.id}/claim`);
    await card.getByTestId('job-notice').filter({ hasText: 'Taken by another provider' }).waitFor();
    assert.equal(await page.locator(`[data-testid=my-job][data-id="${booking.id}"]`).count(), 0, "the job is not in Otto's visits");
    assert.deepEqual(claimsAnswered, [], 'no claim from the offline Accept ever reached the service');
    await page.context().close();
  });

  test('an Accept the service never answers is abandoned after 15 s and said so, instead of hanging on "Accepting…"', async () => {
    const patient = await newPatient('Hana');
    const nurse = { name: 'Hal Hanging', email: uniqueEmail('hal'), role: 'PROVIDER', serviceType: 'NURSE_VISIT' };
    await registerVerifiedProvider(nurse);
    const booking = await bookVisit(await signedIn(patient.email), { need: 'Dressing change, claimed into silence' });

    const page = await openPage(browser(), 'provider Hal');
    await openDashboard(page, nurse.email);
    const card = page.locator(`[data-testid=job-card][data-id="${booking.id}"]`);
    // The claim is held on its way and never answered, as by a network that swallows it.
    await page.route(`**/api/jobs/${booking.id}/claim`, () => undefined);
    const pressed = Date.now();
    await card.getByRole('button', { name: /^Accept / }).click();
    await card.getByRole('button', { name: /^Accepting/ }).waitFor();
    await page.getByText(/^No answer in time, so the app stopped waiting: as far as it knows, the job was not accepted\./).first().waitFor({ timeout: 15_000 + 10_000 });
    assert.ok(Date.now() - pressed >= 14_000, 'the claim was given its 15 s before it was abandoned');
    await card.getByRole('button', { name: /^Accept / }).waitFor();
    await page.unrouteAll({ behavior: 'ignoreErrors' });
    await page.context().close();
  });
});
