/** What of an exported page is script: for the light-pages limit (a page without it) and the site build's figures. */

/** A whole HTML document's scripts and the preloads that fetch scripts; nothing else. */
export function stripScripts(html: string): string {
  return html
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '')
    .replace(/<link\b(?=[^>]*\brel="?modulepreload)[^>]*>/g, '')
    .replace(/<link\b(?=[^>]*\bas="?script\b)[^>]*>/g, '');
}

/** Bytes of a page's `<script>self.__next_f.push(…)</script>` elements: the framework's copy of the page's content. */
export function payloadBytes(html: string): number {
  let bytes = 0;
  for (const [script] of html.matchAll(/<script\b[^>]*>(?:(?!<\/script>)[\s\S])*?self\.__next_f[\s\S]*?<\/script>/g))
    bytes += Buffer.byteLength(script);
  return bytes;
}
