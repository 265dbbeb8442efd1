/**
 * Glossary terms in passages (`a.gloss[data-term-href]`, server-rendered without an href) become links to their term
 * pages while "Show why" is on, and plain words again when it is off: an anchor without href is neither a link nor a
 * tab stop, so a calm page keeps one tab stop per passage. Framework-free; call it whenever "Show why" changes.
 */
export function showTermLinks(root: ParentNode, on: boolean): void {
  root.querySelectorAll<HTMLAnchorElement>('a.gloss[data-term-href]').forEach((anchor) => {
    if (on) anchor.href = anchor.dataset.termHref ?? '';
    else anchor.removeAttribute('href');
  });
}
