// A tour of every page in every role (support/page-tour.js) at a phone's size and a desktop's, against
// the real service: each page shows its main heading, a phone never has to scroll sideways, and the
// screenshots `<page>-phone.png` and `<page>-desktop.png` are kept for people to look at.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { browserForThisFile, screenshot, sidewaysOverflow } from './support/browser.js';
import { openRolePage, setUpTour, tourRoles } from './support/page-tour.js';

const browser = browserForThisFile();

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };

async function expectMainHeading(page, label) {
  const heading = page.locator('#main h1').first();
  await heading.waitFor();
  assert.notEqual((await heading.innerText()).trim(), '', `${label} has a main heading with words in it`);
}

test('every page in every role shows its heading at phone and desktop sizes, a phone without sideways scrolling; screenshots kept', async (t) => {
  const world = await setUpTour();
  for (const role of tourRoles(world)) {
    const page = await openRolePage(browser(), role, PHONE);
    for (const stop of role.stops) {
      await t.test(`${role.role}: ${stop.name} at 390×844 and 1280×800`, async () => {
        let phone;
        try {
          await page.setViewportSize(PHONE);
          await stop.open(page);
          await expectMainHeading(page, `${stop.name} on a phone`);
          await screenshot(page, `${stop.name}-phone`);
          phone = await sidewaysOverflow(page);

          await page.setViewportSize(DESKTOP);
          await expectMainHeading(page, `${stop.name} on a desktop`);
          await screenshot(page, `${stop.name}-desktop`);
        } finally {
          await stop.leave?.(page);
        }

        // Checked last, so that a page too wide for a phone still has both screenshots.
        assert.ok(
          phone.scrollWidth <= phone.width,
          `phone layout of ${stop.name} [${stop.area}]: no sideways scrolling at 390 px, but the page is ${phone.scrollWidth} px wide; sticking out: ${phone.elements.join(', ')}`,
        );
      });
    }
    await page.context().close();
  }
});
