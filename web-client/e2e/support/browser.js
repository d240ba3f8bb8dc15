// Shared plumbing of the end-to-end tests: Debian's Chromium through playwright-core, the service's
// address, screenshots, and accounts. Test tools may not download browsers here, so we never use
// Playwright's own builds (and never run `playwright install`).
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { after, before } from 'node:test';
import { AxeBuilder } from '@axe-core/playwright';
import { chromium } from 'playwright-core';

export const BASE_URL = required('BASE_URL').replace(/\/$/, '');
const SCREENSHOT_DIR = required('SCREENSHOT_DIR');
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** How long a live update may take to show: generous for a loaded CI machine, never a fixed sleep. */
const LIVE_TIMEOUT = 15_000;

export const PASSWORD = 'correct-horse-battery';

function required(name) {
  const value = process.env[name];
  if (!value) throw new Error(`Set ${name} (see web-client/README.md, "End-to-end tests")`);
  return value;
}

export function launchBrowser() {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-background-networking', '--disable-gpu', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/**
 * One Chromium for the test file that calls this at its top: launched before its tests, closed after
 * them. Returns a function that gives that browser.
 */
export function browserForThisFile() {
  let browser;
  before(async () => {
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
  });
  return () => browser;
}

/** A fresh browser context (its own cookies and sessionStorage: one person) with one page. */
export async function openPage(browser, label, options = {}) {
  const context = await browser.newContext({ baseURL: BASE_URL, viewport: { width: 1280, height: 900 }, ...options });
  context.setDefaultTimeout(LIVE_TIMEOUT);
  const page = await context.newPage();
  // Uncaught errors in the app are worth seeing in the test output, whatever the test checks.
  page.on('pageerror', (error) => console.error(`[${label}] page error: ${error.message}`));
  return page;
}

export async function screenshot(page, name) {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
}

/** An email address no earlier run has used, so the tests can share a database with other runs. */
export function uniqueEmail(who) {
  return `${who}-${randomUUID()}@e2e.example.com`;
}

/** Registers an account straight through the API, for people whose sign-up is not what a test is about. */
export async function registerAccount(account) {
  const response = await fetch(`${BASE_URL}/api/auth/register`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ password: PASSWORD, ...account }),
  });
  if (response.status !== 201) throw new Error(`registering ${account.email} answered ${response.status}: ${await response.text()}`);
  return response.json();
}

/** The administrator the service under test was started with (WebClientEndToEndIT sets both). */
export const ADMIN = { email: required('ADMIN_EMAIL'), password: required('ADMIN_PASSWORD') };

/** What an administrator checks before a provider may see patients' bookings, per service type. */
function professionalDetails(serviceType) {
  return serviceType === 'MEDICINE_DELIVERY'
    ? { identityDocument: `ID-${randomUUID().slice(0, 8)}`, vehicle: 'Blue cargo bike' }
    : { licenceNumber: `RCN-${randomUUID().slice(0, 8)}` };
}

async function api(path, { token, body, method = 'POST' } = {}) {
  const response = await fetch(`${BASE_URL}${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: method === 'GET' ? undefined : JSON.stringify(body ?? {}),
  });
  if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${await response.text()}`);
  return response.status === 204 ? undefined : response.json();
}

/** Registers a provider with the professional details of their service type: awaiting verification. */
export function registerProvider(account) {
  return registerAccount({ role: 'PROVIDER', professional: professionalDetails(account.serviceType), ...account });
}

/**
 * Registers a provider with the professional details of their service type, and has the administrator
 * approve them through the API: a provider the test can sign in as and who sees the job board.
 */
export async function registerVerifiedProvider(account) {
  const provider = await registerProvider(account);
  const { accessToken } = await api('/api/auth/login', { body: ADMIN });
  await api(`/api/admin/providers/${provider.id}/approve`, { token: accessToken, body: { reason: 'Checked by the end-to-end test' } });
  return provider;
}

/**
 * What someone does through the API, signed in as them, for the parts of a story no browser shows: a
 * POST, or another method given third (a GET takes no body: pass undefined). The token lasts as long as
 * the service's access tokens (90 s under WebClientEndToEndIT): sign in again for a later part.
 */
export async function signedIn(email, password = PASSWORD) {
  const { accessToken } = await api('/api/auth/login', { body: { email, password } });
  return (path, body, method = 'POST') => api(path, { token: accessToken, body, method });
}

/** A visit booked through the API by a patient (`signedIn`), as soon as possible in Berlin unless `details` say otherwise. */
export function bookVisit(asPatient, details = {}) {
  return asPatient('/api/bookings', {
    serviceType: 'NURSE_VISIT',
    address: { street: `${Math.floor(Math.random() * 900) + 100} Linden Street`, postcode: '10117', city: 'Berlin', district: 'Mitte', country: 'DE' },
    phone: '030 5550123',
    need: `Blood pressure check ${randomUUID().slice(0, 8)}`,
    timeZone: 'Europe/Berlin',
    ...details,
  });
}

/**
 * How wide the page is against its window (`scrollWidth` over `width`: a sideways scroll when larger), and
 * the innermost elements that stick out past the window's right edge, for a failure message.
 */
export function sidewaysOverflow(page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const describe = (element) => {
      const id = element.id ? `#${element.id}` : '';
      const classes = typeof element.className === 'string' && element.className ? `.${element.className.trim().split(/\s+/).join('.')}` : '';
      const testId = element.dataset?.testid ? `[data-testid=${element.dataset.testid}]` : '';
      return `${element.tagName.toLowerCase()}${id}${classes}${testId} (right edge ${Math.round(element.getBoundingClientRect().right)} px)`;
    };
    const sticking = [...document.body.querySelectorAll('*')].filter((element) => element.getBoundingClientRect().right > width + 1);
    // The innermost ones say where the trouble is; their ancestors only carry it.
    const innermost = sticking.filter((element) => !sticking.some((other) => other !== element && element.contains(other)));
    return { scrollWidth: document.documentElement.scrollWidth, width, elements: innermost.slice(0, 5).map(describe) };
  });
}

/** Fills and sends the login form of the page already showing it. */
export async function logIn(page, email, password = PASSWORD) {
  const form = page.getByTestId('login-form');
  await form.getByLabel('Email', { exact: true }).fill(email);
  await form.getByLabel('Password', { exact: true }).fill(password);
  await form.getByRole('button', { name: 'Log in' }).click();
}

/** Opens `pathname` signed out, logs in on the login page it is sent to, and waits to be back on it. */
export async function openSignedIn(page, pathname, email, password = PASSWORD) {
  await page.goto(pathname);
  await expectPath(page, '/login');
  await logIn(page, email, password);
  await expectPath(page, pathname);
}

/** Waits until the page is on exactly this path (query string ignored). */
export async function expectPath(page, pathname) {
  await page.waitForURL((url) => url.pathname === pathname);
}

/** Marks the document, so that a test can later prove the page was never reloaded or left. */
export async function markDocument(page) {
  await page.evaluate(() => {
    window.__e2eNotReloaded = true;
  });
}

export async function wasNotReloaded(page) {
  return page.evaluate(() => window.__e2eNotReloaded === true);
}

/** Opens /provider as a provider would: sent to log in, then back to a live dashboard, on duty. */
export async function openDashboard(page, email) {
  await page.goto('/provider');
  await expectPath(page, '/login');
  await logIn(page, email);
  await expectPath(page, '/provider');
  await page.locator('[data-testid=live-indicator][data-state=live]').waitFor();
  // A provider starts off duty; only on duty can they accept.
  await page.getByRole('button', { name: 'Go on duty' }).click();
  await page.getByTestId('duty').getByText(/^You are on duty/).waitFor();
  await markDocument(page);
}

/** The WCAG 2.0, 2.1 and 2.2 success criteria of levels A and AA, as axe-core tags its rules. */
const WCAG_A_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/**
 * Runs axe-core on the page as it is now (dialogs open included) and fails with every violation's id,
 * impact, elements and help when there is any. `label` names the page in the failure.
 */
export async function expectNoAxeViolations(page, label) {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_A_AA).analyze();
  const found = violations.flatMap((violation) =>
    violation.nodes.map((node) => `${violation.id} (${violation.impact}) at ${node.target.join(' ')}: ${violation.help} ${violation.helpUrl}`),
  );
  if (found.length > 0) console.error(`[axe] ${label}:\n  ${found.join('\n  ')}`);
  assert.deepEqual(found, [], `axe-core finds no WCAG A/AA violation on ${label}`);
}

/** What the keyboard is on, for a failure message. */
async function focusedDescription(page) {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return 'the page itself';
    const name = element.getAttribute('aria-label') || element.textContent?.trim().slice(0, 60) || '';
    return `<${element.tagName.toLowerCase()}> "${name}"`;
  });
}

/**
 * Presses Tab until the keyboard is on `target`, a locator found by role and accessible name, as a
 * keyboard user would: never clicking or focusing it. Fails after a full round of the page's focusable
 * elements without reaching it.
 */
export async function tabTo(page, target) {
  await target.waitFor();
  const bound = await page.evaluate(
    () => document.querySelectorAll('a[href], button, input, select, textarea, [tabindex]:not([tabindex="-1"])').length + 5,
  );
  for (let presses = 0; presses < bound; presses += 1) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  if (await target.evaluate((element) => element === document.activeElement)) return;
  assert.fail(`${bound} presses of Tab did not reach ${target}; the keyboard is on ${await focusedDescription(page)}`);
}
