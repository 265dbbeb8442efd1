/**
 * Splits a text into segments by marked ranges of several kinds (a principle's matched terms, words shared with
 * another source), so that a component can render marks as elements around plain text, never as injected HTML.
 */
export interface MarkedRange<Kind extends string> {
  start: number;
  end: number;
  kind: Kind;
}

export interface Segment<Kind extends string> {
  text: string;
  kinds: Kind[];
}

export function segment<Kind extends string>(text: string, ranges: readonly MarkedRange<Kind>[]): Segment<Kind>[] {
  const cuts = new Set([0, text.length]);
  for (const range of ranges) {
    cuts.add(Math.max(0, Math.min(text.length, range.start)));
    cuts.add(Math.max(0, Math.min(text.length, range.end)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment<Kind>[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const [start, end] = [points[i], points[i + 1]];
    const kinds = [
      ...new Set(ranges.filter((range) => range.start <= start && range.end >= end).map((range) => range.kind)),
    ];
    const last = segments[segments.length - 1];
    if (last && last.kinds.join() === kinds.join()) last.text += text.slice(start, end);
    else segments.push({ text: text.slice(start, end), kinds });
  }
  return segments;
}
