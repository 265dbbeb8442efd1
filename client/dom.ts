/** Small DOM helpers shared by the reader module's parts. */

/** The closest element matching `selector` from an event's target, or null (text nodes and the window have none). */
export function closestTarget<T extends Element>(event: Event, selector: string): T | null {
  return event.target instanceof Element ? event.target.closest<T>(selector) : null;
}

/** Says `message` to screen readers through the page's one polite live region (SiteShell's `[data-announcer]`). */
export function announce(message: string): void {
  const region = document.querySelector('[data-announcer]');
  if (region) region.textContent = message;
}

/** A string the server wrote on an element as `data-<name>`; empty when missing, so a missing word never crashes. */
export function word(element: HTMLElement | null, name: string): string {
  return element?.dataset[name] ?? '';
}

/** Whether the reader is typing: shortcuts keep out of text fields. */
export function typing(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  );
}
