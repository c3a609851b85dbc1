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
 * The same when the focused control (a "Start" or "Send" button, a link) has just been replaced by new content:
 * focus goes to the main region, named by the new heading, in one move.
 *
 * Why not straight to the heading (read in Orca 43.1's debug log): when the focused control is removed, Orca
 * silently puts its point of focus on the first thing it can read in what is left – the new heading – so a
 * focus move to that heading changes nothing for Orca and is not announced. The main region is a different
 * object, so focusing it is announced, with its name ("<heading> main content"), and reading goes on from the
 * heading. (Main first and the heading 100 ms later worked most of the time, but on a busy machine Orca
 * received both focus events together, dropped the first as out of date, and said nothing at all.)
 */
export function focusHeadingSoon(root: ParentNode, selector = 'h1') {
  const heading = root.querySelector<HTMLElement>(selector);
  const main = (root instanceof Element ? root.closest('main') : null) ?? document.querySelector('main');
  if (!main || !heading) {
    focusHeading(root, selector);
    return;
  }
  if (!heading.id) heading.id = 'wu-page-heading';
  main.setAttribute('aria-labelledby', heading.id);
  if (!main.hasAttribute('tabindex')) main.tabIndex = -1;
  main.focus({ preventScroll: true });
}
