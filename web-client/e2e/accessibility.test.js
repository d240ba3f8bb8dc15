// axe-core on every page in every role, against the real service: signed out, a patient with bookings
// in every state, a provider awaiting verification, a verified provider with jobs to take and a visit in
// hand, and an administrator on each page of the console, dialogs open included. Each page is a subtest
// of its own, so that one run lists every page with a violation (its rule, impact, elements and help).
import { test } from 'node:test';
import { browserForThisFile, expectNoAxeViolations } from './support/browser.js';
import { openRolePage, setUpTour, tourRoles } from './support/page-tour.js';

const browser = browserForThisFile();

test('no page, in any role, has a WCAG 2 A or AA violation that axe-core finds', async (t) => {
  const world = await setUpTour();
  for (const role of tourRoles(world)) {
    const page = await openRolePage(browser(), role, { width: 1280, height: 900 });
    for (const stop of role.stops) {
      await t.test(`${role.role}: ${stop.name} [${stop.area}]`, async () => {
        try {
          await stop.open(page);
          await expectNoAxeViolations(page, `${stop.name} (${role.role})`);
        } finally {
          await stop.leave?.(page);
        }
      });
    }
    await page.context().close();
  }
});
