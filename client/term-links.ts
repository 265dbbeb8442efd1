/**
 * Glossary terms in passages (`span.gloss[data-term-href]`) become links to their term pages while "Show why" is on,
 * and plain words again when it is off. The server renders no anchor at all: an `<a>` without href is no tab stop,
 * but crawlers and Lighthouse read it as a broken link; so the link is made here, inside the term's span, and
 * unwrapped again, keeping a calm page at one tab stop per passage. Framework-free; call it whenever "Show why"
 * changes.
 */
export function showTermLinks(root: ParentNode, on: boolean): void {
  root.querySelectorAll<HTMLElement>('span.gloss[data-term-href]').forEach((gloss) => {
    const link = gloss.querySelector(':scope > a');
    if (on && !link) {
      const anchor = document.createElement('a');
      anchor.href = gloss.dataset.termHref ?? '';
      anchor.append(...gloss.childNodes);
      gloss.append(anchor);
    } else if (!on && link) link.replaceWith(...link.childNodes);
  });
}
