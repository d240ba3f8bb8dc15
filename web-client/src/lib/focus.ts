/** After a form is found invalid, puts the keyboard on the first field that needs fixing. */
export function focusFirstInvalid(form: HTMLFormElement | null) {
  // After React has rendered the errors (and so the aria-invalid flags).
  setTimeout(() => form?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(), 0);
}

/** Puts the keyboard on `target`, making an element that takes no focus of itself focusable by script only. */
function focusOn(target: HTMLElement) {
  if (!target.hasAttribute('tabindex') && !target.matches('a[href], button, input, select, textarea')) target.setAttribute('tabindex', '-1');
  target.focus();
}

/**
 * After an action, puts the keyboard on what it led to (the element with id `id`, or `fallbackId` when
 * that is not on the page), once React has rendered the change: never on the page's body.
 */
export function focusResult(id: string, fallbackId?: string) {
  setTimeout(() => {
    const target = document.getElementById(id) ?? (fallbackId ? document.getElementById(fallbackId) : null);
    if (target) focusOn(target);
  }, 0);
}

/**
 * After a new page rendered (a route change, or the provider's page switching between the status
 * page and the job board), puts the keyboard on its heading, so that a screen reader reads where
 * the person now is and Tab continues from the top of the new content.
 */
export function focusMainHeading() {
  const main = document.getElementById('main');
  const target = main?.querySelector<HTMLElement>('h1') ?? main;
  if (target) focusOn(target);
}
