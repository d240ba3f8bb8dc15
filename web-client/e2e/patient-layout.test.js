// Where things are on the patient's screens, measured by bounding boxes at a phone's size and a
// desktop's: the first active booking and its status above the fold, "Book a visit" in view, the header
// on one line at 360 px with nothing wider than the screen. Screenshots of the landing page, login,
// register, the bookings page and a booking's page at both sizes.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  bookVisit,
  browserForThisFile,
  expectPath,
  logIn,
  openPage,
  registerAccount,
  screenshot,
  sidewaysOverflow,
  signedIn,
  uniqueEmail,
} from './support/browser.js';

const browser = browserForThisFile();

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };
const NARROW = { width: 360, height: 740 };
const SIZES = [
  ['phone', PHONE],
  ['desktop', DESKTOP],
];

/** A patient with one booking under way, one waiting and one they cancelled, made through the API. */
async function patientWithBookings(name) {
  const email = uniqueEmail('layout-patient');
  await registerAccount({ name, email, role: 'USER' });
  const as = await signedIn(email);
  const book = (need, street) =>
    bookVisit(as, { address: { street, postcode: '10115', city: 'Berlin', district: 'Mitte', country: 'DE' }, phone: '030 1234567', need });
  const cancelled = await book('A visit called off', '1 Past Street');
  await as(`/api/bookings/${cancelled.id}/cancel`, { reason: 'Feeling better' });
  const waiting = await book('Dressing change on the left knee', '2 Linden Street');
  return { email, waiting, cancelled };
}

/** Whether the page is wider than its window (a sideways scroll). */
const overflowsSideways = async (page) => {
  const { scrollWidth, width } = await sidewaysOverflow(page);
  return scrollWidth > width;
};

async function boxOf(locator, what) {
  const box = await locator.boundingBox();
  assert.ok(box, `${what} is shown`);
  return box;
}

test('the patient’s first active booking, its status and "Book a visit" are above the fold on a phone and a desktop', async () => {
  const { email, waiting } = await patientWithBookings('Paula Patient');
  const page = await openPage(browser(), 'patient', { viewport: PHONE });
  await page.goto('/login');
  await logIn(page, email);
  await expectPath(page, '/bookings');
  await page.locator('[data-testid=live-indicator][data-state=live]').waitFor();

  for (const [size, viewport] of SIZES) {
    await page.setViewportSize(viewport);
    await page.evaluate(() => window.scrollTo(0, 0));
    const first = page.getByTestId('bookings-active').getByTestId('booking').first();
    assert.equal(await first.getAttribute('data-id'), waiting.id, `${size}: the waiting booking heads the active ones`);
    const status = await boxOf(first.getByTestId('status'), `${size}: the first active booking's status`);
    assert.ok(status.y >= 0 && status.y + status.height <= viewport.height, `${size}: the status (y ${status.y}) is above the fold (${viewport.height})`);
    const progress = await boxOf(first.getByTestId('booking-progress'), `${size}: where the first booking stands`);
    assert.ok(progress.y + progress.height <= viewport.height, `${size}: where it stands (bottom ${progress.y + progress.height}) is above the fold`);
    const book = await boxOf(page.getByRole('button', { name: 'Book a visit' }), `${size}: Book a visit`);
    assert.ok(book.y + book.height <= viewport.height && book.x + book.width <= viewport.width, `${size}: Book a visit is in view`);
    // Past bookings come after the active ones.
    const past = await boxOf(page.getByTestId('bookings-past'), `${size}: the past bookings`);
    assert.ok(past.y > status.y, `${size}: past bookings below the active one`);
    assert.equal(await overflowsSideways(page), false, `${size}: nothing wider than the window`);
    await screenshot(page, `layout-bookings-${size}`);
  }

  for (const [size, viewport] of SIZES) {
    await page.setViewportSize(viewport);
    await page.goto(`/bookings/${waiting.id}`);
    await page.getByTestId('timeline').getByTestId('step').first().waitFor();
    const status = await boxOf(page.getByTestId('booking').getByTestId('status'), `${size}: the booking's status on its page`);
    assert.ok(status.y + status.height <= viewport.height, `${size}: the booking's status is above the fold on its page`);
    assert.equal(await overflowsSideways(page), false, `${size}: the booking's page is no wider than the window`);
    await screenshot(page, `layout-booking-${size}`);
  }
  await page.context().close();
});

test('at 360 px the header is one line, with a long name cut short and Log out beside the brand', async () => {
  const { email } = await patientWithBookings('Maximiliana Alexandra Featherstonehaugh-Worthington');
  const page = await openPage(browser(), 'patient with a long name', { viewport: NARROW });
  await page.goto('/login');
  await logIn(page, email);
  await expectPath(page, '/bookings');
  await page.getByTestId('bookings-active').getByTestId('booking').first().waitFor();

  const brand = await boxOf(page.getByRole('link', { name: 'MedOnDoor' }), 'the brand');
  const logout = await boxOf(page.getByRole('button', { name: 'Log out' }), 'Log out');
  const who = await boxOf(page.getByTestId('current-user'), 'who is signed in');
  // The brand is a line of text and Log out a 44 px button, centred on one line: their middles match.
  const middle = (box) => box.y + box.height / 2;
  assert.ok(Math.abs(middle(logout) - middle(brand)) <= 4, `Log out (middle ${middle(logout)}) on the brand's line (middle ${middle(brand)})`);
  assert.ok(logout.y < brand.y + brand.height, 'Log out starts above the bottom of the brand: not wrapped under it');
  assert.ok(Math.abs(middle(who) - middle(brand)) <= 4, 'the name on the same line');
  assert.ok(logout.x + logout.width <= NARROW.width, `Log out (right edge ${logout.x + logout.width}) inside the 360 px window`);
  assert.ok(who.x + who.width <= logout.x, 'the name stops before Log out');
  assert.equal(await overflowsSideways(page), false, 'nothing wider than the window at 360 px');
  await screenshot(page, 'layout-header-360');
  await page.context().close();
});

test('the landing page, login and register at a phone’s and a desktop’s size', async () => {
  const page = await openPage(browser(), 'visitor', { viewport: PHONE });
  for (const [size, viewport] of SIZES) {
    await page.setViewportSize(viewport);
    await page.goto('/');
    await page.getByRole('heading', { level: 1, name: 'Care at home, booked in minutes' }).waitFor();
    const book = await boxOf(page.getByRole('link', { name: 'Book a visit' }), `${size}: Book a visit on the landing page`);
    assert.ok(book.y + book.height <= viewport.height, `${size}: Book a visit above the fold on the landing page`);
    await page.getByRole('link', { name: 'Work with us' }).waitFor();
    assert.equal(await overflowsSideways(page), false, `${size}: the landing page is no wider than the window`);
    await screenshot(page, `layout-landing-${size}`);

    await page.goto('/login');
    await page.getByTestId('login-form').waitFor();
    assert.equal(await overflowsSideways(page), false, `${size}: login no wider than the window`);
    await screenshot(page, `layout-login-${size}`);

    await page.goto('/register');
    await page.getByTestId('register-form').getByText(/^At least 8 characters/).waitFor();
    assert.equal(await overflowsSideways(page), false, `${size}: register no wider than the window`);
    await screenshot(page, `layout-register-${size}`);
  }
  await page.context().close();
});

test('on a phone, "Book a visit" opens the form in place, and after booking the keyboard is on the new booking', async () => {
  const { email } = await patientWithBookings('Bea Booker');
  const page = await openPage(browser(), 'patient booking', { viewport: PHONE });
  await page.goto('/login');
  await logIn(page, email);
  await expectPath(page, '/bookings');
  await page.locator('[data-testid=live-indicator][data-state=live]').waitFor();

  await page.getByRole('button', { name: 'Book a visit' }).click();
  const form = page.getByRole('form', { name: 'Book a visit' });
  await form.waitFor();
  assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('name')), 'serviceType', 'the keyboard is in the form’s first field');
  // The address of the last booking is offered, already filled in.
  assert.equal(await form.getByLabel('Street and number').inputValue(), '', 'no address kept yet: the earlier bookings were made elsewhere');
  await form.getByLabel('Service', { exact: true }).selectOption('DOCTOR_CONSULTATION');
  await form.getByLabel('What you need').fill('A check-up after a fall');
  await form.getByLabel('Street and number').fill('3 Layout Lane');
  await form.getByLabel('Postcode').fill('10115');
  await form.getByLabel('City').fill('Berlin');
  await form.getByLabel('District').fill('Mitte');
  await form.getByLabel('Country').selectOption('DE');
  await form.getByLabel('Phone').fill('030 1234567');
  await form.getByRole('button', { name: 'Book', exact: true }).click();

  await page.getByTestId('booking-form').getByRole('status').filter({ hasText: 'Booked: Doctor consultation' }).waitFor();
  await form.waitFor({ state: 'detached' });
  const focused = page.locator('[data-testid=booking]:focus');
  await focused.waitFor();
  assert.match(await focused.innerText(), /A check-up after a fall/, 'the keyboard is on the new booking');
  await screenshot(page, 'layout-after-booking-phone');

  await page.getByRole('button', { name: 'Book a visit' }).click();
  assert.equal(await form.getByLabel('Street and number').inputValue(), '3 Layout Lane', 'the last address comes back');
  await form.getByRole('button', { name: 'Close' }).click();

  // Cancelling it: the card moves under Past (the stream may say so before the answer does), takes the
  // keyboard and says what happened.
  const made = page.getByTestId('booking').filter({ hasText: 'A check-up after a fall' });
  const id = await made.getAttribute('data-id');
  await made.getByRole('button', { name: 'Cancel booking' }).click();
  await page.getByRole('dialog', { name: 'Cancel this booking?' }).getByRole('button', { name: 'Cancel booking' }).click();
  const cancelled = page.getByTestId('bookings-past').locator(`[data-testid=booking][data-id="${id}"][data-status=CANCELLED]`);
  await cancelled.getByTestId('booking-outcome').filter({ hasText: 'You cancelled this booking.' }).waitFor();
  await page.locator(`[data-testid=booking][data-id="${id}"]:focus`).waitFor();
  await page.context().close();
});
