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
/** Where focus, once there, stays: controls and error summaries. Shared with the Flow layout (MainLayout). */
export const TAKEN_FOCUS = 'input, select, textarea, button, .wu-error-summary, [role=alert]';

export function focusHeadingSoon(root: ParentNode, selector = 'h1') {
  const main = (root instanceof Element ? root.closest('main') : null) ?? document.querySelector('main');
  if (main) {
    if (!main.hasAttribute('tabindex')) main.tabIndex = -1;
    main.focus({ preventScroll: true });
  }
  setTimeout(() => {
    // Not if a control or an error summary has taken focus meanwhile (the person already acted, or the app put
    // focus on an error): they must not be pulled back to the heading. (Orca moving its reading point through
    // the new page does not count: that is what this focus move is for.)
    if (!document.activeElement?.closest(TAKEN_FOCUS)) focusHeading(root, selector);
  }, 100);
}
