// The provider's board at a phone's size and at a desktop's, against the real service: with a visit in
// hand and several jobs open, the visit and the first Accept are on screen without scrolling, and nothing
// is wider than the screen. Accepting says so and takes the keyboard to the visit.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  bookVisit,
  browserForThisFile,
  openDashboard,
  openPage,
  registerAccount,
  registerVerifiedProvider,
  screenshot,
  sidewaysOverflow,
  signedIn,
  uniqueEmail,
} from './support/browser.js';

const browser = browserForThisFile();

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };

/** A patient books `count` nurse visits as soon as possible, each in another district of Berlin. */
async function bookVisits(patientEmail, count) {
  const asPatient = await signedIn(patientEmail);
  const districts = ['Mitte', 'Wedding', 'Pankow', 'Neukölln', 'Moabit', 'Friedrichshain'];
  const bookings = [];
  for (const district of districts.slice(0, count)) {
    bookings.push(
      await bookVisit(asPatient, {
        address: { street: `${bookings.length + 3} Layout Street`, postcode: '10115', city: 'Berlin', district, country: 'DE' },
        phone: '030 5550142',
        need: 'Dressing change on the left knee, and a look at the stitches',
        notes: 'Ring twice; the lift is out of order, third floor.',
      }),
    );
  }
  return bookings;
}

/** Where an element is, read from the page scrolled to its top, as the person sees it on opening. */
async function boxAtTop(page, locator) {
  await page.evaluate(() => window.scrollTo(0, 0));
  const box = await locator.boundingBox();
  assert.ok(box, 'the element is rendered');
  return box;
}

async function assertOnScreenWithoutScrolling(page, viewport, name, locator) {
  const box = await boxAtTop(page, locator);
  assert.ok(box.y >= 0 && box.y + box.height <= viewport.height, `${name} is within the first ${viewport.height} px: top ${box.y}, bottom ${box.y + box.height}`);
  assert.ok(box.x >= 0 && box.x + box.width <= viewport.width, `${name} is within the ${viewport.width} px width: left ${box.x}, right ${box.x + box.width}`);
}

async function assertNoHorizontalOverflow(page, viewport) {
  assert.equal(await page.evaluate(() => window.innerWidth), viewport.width);
  const { scrollWidth, width, elements } = await sidewaysOverflow(page);
  assert.ok(scrollWidth <= width, `nothing is wider than the screen: ${scrollWidth} px of content in ${width} px (${elements.join(', ')})`);
}

test('with a visit in hand and jobs open, the visit and the first Accept are on screen without scrolling, on a phone and a desktop', async () => {
  const patient = { name: 'Lena Layout', email: uniqueEmail('lena'), role: 'USER' };
  const nurse = { name: 'Nora Narrow', email: uniqueEmail('nora'), role: 'PROVIDER', serviceType: 'NURSE_VISIT' };
  await Promise.all([registerAccount(patient), registerVerifiedProvider(nurse)]);
  const [held, ...open] = await bookVisits(patient.email, 5);

  const page = await openPage(browser(), 'provider Nora', { viewport: PHONE });
  await openDashboard(page, nurse.email);
  const card = (booking) => page.locator(`[data-testid=job-card][data-id="${booking.id}"]`);
  await Promise.all([held, ...open].map((booking) => card(booking).waitFor()));

  // Accepting on the phone says so, and takes the keyboard to the visit now in hand.
  await card(held).getByRole('button', { name: /^Accept / }).click();
  const visit = page.locator(`[data-testid=my-job][data-id="${held.id}"]`);
  await visit.waitFor();
  await page.getByTestId('job-outcome').filter({ hasText: 'You accepted this job' }).waitFor();
  await page.waitForFunction((id) => document.activeElement?.closest('[data-testid=my-job]')?.getAttribute('data-id') === id, held.id);
  await Promise.all(open.map((booking) => card(booking).waitFor()));

  const firstAccept = page.getByTestId('job-card').first().getByRole('button', { name: /^Accept / });
  for (const [viewport, name] of [
    [PHONE, 'provider-board-phone'],
    [DESKTOP, 'provider-board-desktop'],
  ]) {
    await page.setViewportSize(viewport);
    await screenshot(page, name);
    await assertOnScreenWithoutScrolling(page, viewport, `at ${viewport.width}×${viewport.height} the visit in hand`, visit);
    await assertOnScreenWithoutScrolling(page, viewport, `at ${viewport.width}×${viewport.height} the first Accept`, firstAccept);
    await assertNoHorizontalOverflow(page, viewport);
  }
});
