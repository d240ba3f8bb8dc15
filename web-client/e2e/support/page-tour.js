// Every page of the app, in every role, each brought to a state worth looking at (lists with items in
// several states, dialogs open), for the tests that go over them all: accessibility.test.js (axe-core)
// and screenshots.test.js (phone and desktop). The people and their bookings are made through the API;
// each stop opens its page by its address, so that a stop does not depend on the one before.
import {
  ADMIN,
  bookVisit,
  openPage,
  openSignedIn,
  registerAccount,
  registerProvider,
  registerVerifiedProvider,
  signedIn,
  uniqueEmail,
} from './browser.js';

/**
 * The people of the tour and what they have, made through the API: a patient with bookings in every
 * state a patient can bring about (waiting, accepted, on the way, completed and not yet rated,
 * cancelled), a verified nurse holding one of them, a nurse awaiting verification and a courier whose
 * details were rejected.
 */
export async function setUpTour() {
  const patient = { name: 'Tara Tour', email: uniqueEmail('tara'), role: 'USER' };
  const nurse = { name: 'Nadia Tour', email: uniqueEmail('nadia'), serviceType: 'NURSE_VISIT' };
  const helper = { name: 'Hugo Tour', email: uniqueEmail('hugo'), serviceType: 'NURSE_VISIT' };
  const newcomer = { name: 'Uma Unverified', email: uniqueEmail('uma'), serviceType: 'NURSE_VISIT' };
  const rejected = { name: 'Rui Rejected', email: uniqueEmail('rui'), serviceType: 'MEDICINE_DELIVERY' };
  const [, , , , rejectedProvider] = await Promise.all([
    registerAccount(patient),
    registerVerifiedProvider(nurse),
    registerVerifiedProvider(helper),
    registerProvider(newcomer),
    registerProvider(rejected),
  ]);
  const asAdmin = await signedIn(ADMIN.email, ADMIN.password);
  await asAdmin(`/api/admin/providers/${rejectedProvider.id}/reject`, { reason: 'The identity document is unreadable; please send a clearer copy.' });

  const asPatient = await signedIn(patient.email);
  const asNurse = await signedIn(nurse.email);
  const asHelper = await signedIn(helper.email);
  await Promise.all([asNurse('/api/jobs/duty', { onDuty: true }, 'PUT'), asHelper('/api/jobs/duty', { onDuty: true }, 'PUT')]);

  // A nurse holds one visit at a time: Hugo completes one, then sets off to another.
  const completed = await bookVisit(asPatient, { need: 'Wound dressing, done and ready to rate' });
  await asHelper(`/api/jobs/${completed.id}/claim`);
  for (const step of ['en-route', 'arrive', 'complete']) await asHelper(`/api/jobs/${completed.id}/${step}`);
  const onTheWay = await bookVisit(asPatient, { need: 'Insulin injection, nurse on the way' });
  await asHelper(`/api/jobs/${onTheWay.id}/claim`);
  await asHelper(`/api/jobs/${onTheWay.id}/en-route`, { etaMinutes: 25 });

  const cancelled = await bookVisit(asPatient, { need: 'Stitches out, no longer needed' });
  await asPatient(`/api/bookings/${cancelled.id}/cancel`, { reason: 'Healed faster than expected.' });
  const accepted = await bookVisit(asPatient, { need: 'Blood test at home, accepted', notes: 'Ring twice.' });
  await asNurse(`/api/jobs/${accepted.id}/claim`);
  const waiting = await bookVisit(asPatient, { need: 'Catheter change, waiting for a nurse' });

  return { patient, nurse, newcomer, rejected, bookings: { completed, onTheWay, cancelled, accepted, waiting } };
}

const liveNow = (page) => page.locator('[data-testid=live-indicator][data-state=live]').waitFor();
const booking = (page, id) => page.locator(`[data-testid=booking][data-id="${id}"]`);

/** Opens a modal dialog with `open`, and names it so the stop can wait for it. */
async function openDialog(page, open, name) {
  await open();
  await page.getByRole('dialog', { name }).waitFor();
}

async function closeDialog(page) {
  await page.keyboard.press('Escape');
  await page.getByRole('dialog').waitFor({ state: 'detached' });
}

/**
 * The patient's booking form: behind a "Book a visit" button where the page has one, else on the page.
 * Either way the stop ends with the form shown.
 */
async function showBookingForm(page) {
  const opener = page.getByRole('button', { name: 'Book a visit' });
  if ((await opener.count()) > 0 && (await page.getByTestId('booking-form').count()) === 0) await opener.first().click();
  await page.getByTestId('booking-form').waitFor();
}

/**
 * Each role: who signs in, and its stops. A stop has a name (the screenshot's), the part of the app it
 * belongs to (`area`, for whoever fixes what a check finds), `open` (brings the page to the state to
 * check) and optionally `leave` (undoes what would hide the next stop, a dialog).
 */
export function tourRoles(world) {
  const { bookings } = world;
  return [
    {
      role: 'signed out',
      stops: [
        { name: 'landing', area: 'landing page (home.tsx)', open: (page) => page.goto('/') },
        { name: 'login', area: 'login (features/auth)', open: (page) => page.goto('/login') },
        { name: 'register', area: 'register (features/auth)', open: (page) => page.goto('/register') },
        {
          name: 'register-errors',
          area: 'register (features/auth)',
          open: async (page) => {
            await page.goto('/register');
            await page.getByTestId('register-form').getByRole('button', { name: 'Create account' }).click();
            await page.locator('[aria-invalid=true]').first().waitFor();
          },
        },
        { name: 'not-found', area: 'not-found page', open: (page) => page.goto('/no-such-page') },
      ],
    },
    {
      role: 'patient',
      signIn: (page) => openSignedIn(page, '/bookings', world.patient.email),
      stops: [
        {
          name: 'patient-bookings',
          area: "patient's bookings (features/bookings)",
          open: async (page) => {
            await page.goto('/bookings');
            await liveNow(page);
            await Promise.all(Object.values(bookings).map(({ id }) => booking(page, id).waitFor()));
          },
        },
        {
          name: 'patient-offline',
          area: 'offline banner and live badge (layout, components/ui)',
          open: async (page) => {
            await page.goto('/bookings');
            await liveNow(page);
            await page.context().setOffline(true);
            await page.locator('[data-testid=offline-banner][data-reason=offline]').waitFor();
          },
          leave: async (page) => {
            await page.context().setOffline(false);
            await page.getByTestId('offline-banner').waitFor({ state: 'detached' });
          },
        },
        {
          name: 'patient-booking-form',
          area: "patient's booking form (features/bookings)",
          open: async (page) => {
            await page.goto('/bookings');
            await liveNow(page);
            await showBookingForm(page);
          },
        },
        {
          name: 'patient-cancel-dialog',
          area: "patient's cancel dialog (features/bookings)",
          open: async (page) => {
            await page.goto('/bookings');
            const accepted = booking(page, bookings.accepted.id);
            await openDialog(page, () => accepted.getByRole('button', { name: 'Cancel booking' }).click(), 'Cancel this booking?');
          },
          leave: closeDialog,
        },
        {
          name: 'patient-booking-page',
          area: "a booking's page (features/bookings)",
          open: async (page) => {
            await page.goto(`/bookings/${bookings.onTheWay.id}`);
            await page.getByTestId('timeline').getByTestId('step').nth(2).waitFor();
          },
        },
        {
          name: 'patient-rating-form',
          area: 'rating form (features/bookings)',
          open: async (page) => {
            await page.goto(`/bookings/${bookings.completed.id}`);
            await page.getByTestId('rating-form').waitFor();
          },
        },
      ],
    },
    {
      role: 'provider awaiting verification',
      signIn: (page) => openSignedIn(page, '/provider', world.newcomer.email),
      stops: [
        {
          name: 'provider-awaiting-verification-page',
          area: "provider's status page (features/auth)",
          open: async (page) => {
            await page.goto('/provider');
            await page.locator('[data-testid=verification-status][data-status=UNVERIFIED]').waitFor();
          },
        },
      ],
    },
    {
      role: 'provider whose details were rejected',
      signIn: (page) => openSignedIn(page, '/provider', world.rejected.email),
      stops: [
        {
          name: 'provider-rejected-page',
          area: "provider's status page and resubmit form (features/auth)",
          open: async (page) => {
            await page.goto('/provider');
            await page.locator('[data-testid=verification-status][data-status=REJECTED]').waitFor();
            await page.getByTestId('professional-form').waitFor();
          },
        },
      ],
    },
    {
      role: 'provider',
      signIn: (page) => openSignedIn(page, '/provider', world.nurse.email),
      stops: [
        {
          name: 'provider-board',
          area: 'job board (features/jobs, provider-board.tsx)',
          open: async (page) => {
            await page.goto('/provider');
            await liveNow(page);
            await page.locator(`[data-testid=job-card][data-id="${bookings.waiting.id}"]`).waitFor();
            await page.locator(`[data-testid=my-job][data-id="${bookings.accepted.id}"]`).waitFor();
          },
        },
        {
          name: 'provider-give-back-dialog',
          area: 'give-back dialog (features/jobs)',
          open: async (page) => {
            await page.goto('/provider');
            const visit = page.locator(`[data-testid=my-job][data-id="${bookings.accepted.id}"]`);
            await openDialog(page, () => visit.getByRole('button', { name: /^Give back/ }).click(), /^Give back/);
          },
          leave: closeDialog,
        },
        {
          // The visit is taken to its last step, Complete: a confirmation where the board asks for one, else done.
          name: 'provider-complete',
          area: 'completing a visit (features/jobs)',
          open: async (page) => {
            await page.goto('/provider');
            const visit = (status) => page.locator(`[data-testid=my-job][data-id="${bookings.accepted.id}"][data-status=${status}]`);
            await visit('ACCEPTED').getByRole('button', { name: /^On my way/ }).click();
            await visit('EN_ROUTE').getByRole('button', { name: /^Arrived/ }).click();
            await visit('IN_PROGRESS').getByRole('button', { name: /^Complete/ }).click();
            const confirmation = page.getByRole('dialog');
            const done = page.locator(`[data-testid=history-job][data-id="${bookings.accepted.id}"]`);
            await confirmation.or(done).first().waitFor();
          },
          leave: async (page) => {
            if ((await page.getByRole('dialog').count()) > 0) await closeDialog(page);
          },
        },
      ],
    },
    {
      role: 'administrator',
      signIn: (page) => openSignedIn(page, '/admin/providers', ADMIN.email, ADMIN.password),
      stops: [
        {
          name: 'admin-providers',
          area: 'console: providers (features/admin)',
          open: async (page) => {
            await page.goto(`/admin/providers?q=${encodeURIComponent(world.newcomer.email)}`);
            await liveNow(page);
            await page.locator('[data-testid=provider]').filter({ hasText: world.newcomer.email }).waitFor();
          },
        },
        {
          name: 'admin-decision-dialog',
          area: 'console: approve/reject/suspend dialog (features/admin)',
          open: async (page) => {
            await page.goto(`/admin/providers?q=${encodeURIComponent(world.newcomer.email)}`);
            const name = `Reject ${world.newcomer.name}`;
            await openDialog(page, () => page.getByRole('button', { name }).click(), name);
          },
          leave: closeDialog,
        },
        {
          name: 'admin-waiting',
          area: 'console: waiting too long (features/admin)',
          open: async (page) => {
            await page.goto('/admin/waiting');
            await liveNow(page);
            await page.locator(`[data-testid=waiting-booking][data-id="${bookings.waiting.id}"]`).waitFor();
          },
        },
        {
          name: 'admin-overdue',
          area: 'console: overdue visits (features/admin)',
          open: async (page) => {
            await page.goto('/admin/overdue');
            await page.getByRole('heading', { name: 'Overdue visits', level: 1 }).waitFor();
            await page.getByTestId('overdue-booking').or(page.getByText('No visit is overdue.')).first().waitFor();
          },
        },
        {
          name: 'admin-bookings',
          area: 'console: bookings (features/admin)',
          open: async (page) => {
            await page.goto('/admin/bookings');
            const first = page.getByTestId('admin-booking').first();
            await first.getByRole('button', { name: 'Show private details' }).click();
            await first.getByTestId('private-details').waitFor();
          },
        },
        {
          name: 'admin-audit',
          area: 'console: audit log (features/admin)',
          open: async (page) => {
            await page.goto('/admin/audit');
            await page.getByTestId('audit-entry').first().waitFor();
          },
        },
        {
          name: 'admin-admins',
          area: 'console: create an administrator (features/admin)',
          open: async (page) => {
            await page.goto('/admin/admins');
            // Sent empty: the form as it shows its errors.
            const form = page.getByTestId('create-admin-form');
            await form.getByRole('button', { name: /^Create/ }).click();
            await form.locator('[aria-invalid=true]').first().waitFor();
          },
        },
      ],
    },
  ];
}

/** A page for the role, signed in (or not, for the signed-out role), at the given viewport. */
export async function openRolePage(browser, role, viewport) {
  const page = await openPage(browser, role.role, { viewport });
  await role.signIn?.(page);
  return page;
}
