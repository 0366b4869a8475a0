/**
 * On a phone the on-screen keyboard covers the lower half of the screen; moving the box to the top of the
 * viewport when it gets focus keeps what appears under it (the suggestions) visible above the keyboard.
 * Wider screens have room, and are left where the reader put them.
 */
export function liftAboveKeyboard(element: HTMLElement) {
  if (window.matchMedia('(max-width: 47.99rem)').matches) element.scrollIntoView({ block: 'start' });
}
