import { describe, expect, it, vi } from 'vitest';
import { payloadBytes, stripScripts } from '../../bench/page-scripts';
import { slope } from '../../bench/site-build';
import { Timings } from '../../scripts/build/timings';

const PAGE = [
  '<!DOCTYPE html><html><head><meta charset="utf-8"/>',
  '<link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>',
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/b.js"/>',
  '<link rel="modulepreload" href="/_next/static/chunks/c.js"/>',
  '<link rel="preload" href="/_next/static/media/font.woff2" as="font" type="font/woff2" crossorigin=""/>',
  '<script src="/_next/static/chunks/b.js" async=""></script>',
  '<script>document.documentElement.dataset.theme="dark"</script></head>',
  '<body><p>Text &lt;script&gt; kept</p>',
  '<script>self.__next_f.push([1,"a page\'s payload"])</script>',
  '<script>(self.__next_f=self.__next_f||[]).push([0])</script></body></html>',
].join('');

describe('the light-pages limit', () => {
  it('keeps text, CSS and font preloads, and drops every script and script preload', () => {
    const limit = stripScripts(PAGE);
    expect(limit).not.toMatch(/<script|\.js"/);
    expect(limit).toContain('a.css');
    expect(limit).toContain('as="font"');
    expect(limit).toContain('<p>Text &lt;script&gt; kept</p>');
  });
});

describe('the framework payload in a page', () => {
  it('counts only the scripts that carry self.__next_f', () => {
    const payload =
      '<script>self.__next_f.push([1,"a page\'s payload"])</script>' +
      '<script>(self.__next_f=self.__next_f||[]).push([0])</script>';
    expect(payloadBytes(PAGE)).toBe(Buffer.byteLength(payload));
    expect(payloadBytes('<p>self.__next_f in text is not a script</p>')).toBe(0);
  });
});

describe('the growth of the build', () => {
  it('fits the cost of one more unit through the measured points', () => {
    expect(
      slope([
        { x: 0.09, y: 40 },
        { x: 0.9, y: 94 },
      ]),
    ).toBeCloseTo(54 / 0.81);
    expect(
      slope([
        { x: 1, y: 3 },
        { x: 2, y: 5 },
        { x: 3, y: 7 },
      ]),
    ).toBe(2);
  });
});

describe('build timings', () => {
  it('gives each phase the time until the next one starts', () => {
    const clock = vi.spyOn(performance, 'now');
    try {
      for (const ms of [0, 100, 350, 400]) clock.mockReturnValueOnce(ms);
      const timings = new Timings();
      timings.start('compile');
      timings.start('pages');
      expect(timings.summary()).toEqual({ other: 100, compile: 250, pages: 50, cards: 0 });
    } finally {
      clock.mockRestore();
    }
  });
});
