/**
 * Moves focus to the heading of what just appeared (a new page or stage of this single-page app), so a screen
 * reader says where the person is. A heading is not focusable by itself, hence tabindex -1.
 */
export function focusHeading(root: ParentNode, selector = 'h1') {
  const heading = root.querySelector<HTMLElement>(selector);
  if (heading) {
    heading.tabIndex = -1;
    heading.focus();
  }
}

/**
 * The same when the focused control (a "Start" or "Send" button, a link) has just been replaced by new content.
 * Measured with Orca 43: a focus move straight to the new heading is not announced (even 400 ms later), but moving
 * focus to the main region first and to the heading a moment later is ("<heading> heading level 1").
 */
export function focusHeadingSoon(root: ParentNode, selector = 'h1') {
  const main = (root instanceof Element ? root.closest('main') : null) ?? document.querySelector('main');
  if (main) {
    if (!main.hasAttribute('tabindex')) main.tabIndex = -1;
    main.focus({ preventScroll: true });
  }
  setTimeout(() => {
    // Only if focus is still where we left it: a person who has already moved on (or a control that has taken
    // focus, such as an error summary) must not be pulled back to the heading.
    const active = document.activeElement;
    if (!active || active === document.body || active === main) focusHeading(root, selector);
  }, 100);
}
