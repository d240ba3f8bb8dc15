/** After a form is found invalid, puts the keyboard on the first field that needs fixing. */
export function focusFirstInvalid(form: HTMLFormElement | null) {
  // After React has rendered the errors (and so the aria-invalid flags).
  setTimeout(() => form?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(), 0);
}

/**
 * After a new page rendered (a route change, or the provider's page switching between the status
 * page and the job board), puts the keyboard on its heading, so that a screen reader reads where
 * the person now is and Tab continues from the top of the new content.
 */
export function focusMainHeading() {
  const main = document.getElementById('main');
  const target = main?.querySelector<HTMLElement>('h1') ?? main;
  if (!target) return;
  if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
  target.focus({ preventScroll: false });
}
