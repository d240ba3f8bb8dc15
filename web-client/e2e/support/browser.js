// Shared plumbing of the end-to-end tests: Debian's Chromium through playwright-core, the service's
// address, screenshots, and accounts. Test tools may not download browsers here, so we never use
// Playwright's own builds (and never run `playwright install`).
import { mkdir } from 'node:fs/promises';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { after, before } from 'node:test';
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
    body: JSON.stringify(body ?? {}),
  });
  if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${await response.text()}`);
  return response.json();
}

/**
 * Registers a provider with the professional details of their service type, and has the administrator
 * approve them through the API: a provider the test can sign in as and who sees the job board.
 */
export async function registerVerifiedProvider(account) {
  const provider = await registerAccount({ professional: professionalDetails(account.serviceType), ...account });
  const { accessToken } = await api('/api/auth/login', { body: ADMIN });
  await api(`/api/admin/providers/${provider.id}/approve`, { token: accessToken, body: { reason: 'Checked by the end-to-end test' } });
  return provider;
}

/**
 * What someone does through the API, signed in as them, for the parts of a story no browser shows: a
 * POST, or another method given third.
 */
export async function signedIn(email, password = PASSWORD) {
  const { accessToken } = await api('/api/auth/login', { body: { email, password } });
  return (path, body, method = 'POST') => api(path, { token: accessToken, body, method });
}

/** Fills and sends the login form of the page already showing it. */
export async function logIn(page, email, password = PASSWORD) {
  const form = page.getByTestId('login-form');
  await form.getByLabel('Email', { exact: true }).fill(email);
  await form.getByLabel('Password', { exact: true }).fill(password);
  await form.getByRole('button', { name: 'Log in' }).click();
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
