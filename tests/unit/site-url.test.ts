import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { siteUrlProblem, siteUrlWarning } from '@/lib/site-url';

const THINGS_NAMED = [
  'canonical',
  'og:url',
  'og:image',
  'citations',
  'sitemap.xml',
  'robots.txt',
  'quote sheets',
  'SITE_URL=',
  'http://localhost:3000',
];

describe('the published address', () => {
  // SITE_URL is read when lib/site-url.ts loads: each case that sets it loads the module afresh.
  beforeEach(() => vi.resetModules());
  afterEach(() => vi.unstubAllEnvs());

  it('warns a production build without SITE_URL, naming everything that would point to localhost', () => {
    const warning = siteUrlWarning({ NODE_ENV: 'production' });
    for (const thing of THINGS_NAMED) expect(warning).toContain(thing);
  });

  it('warns the same when NODE_ENV is not set at all (a build script run by hand)', () => {
    expect(siteUrlWarning({})).toBe(siteUrlWarning({ NODE_ENV: 'production' }));
    expect(siteUrlWarning({ SITE_URL: '' })).toBe(siteUrlWarning({ NODE_ENV: 'production' }));
  });

  it('says nothing once it is set, or while developing', () => {
    expect(siteUrlWarning({ SITE_URL: 'https://reader.example.org', NODE_ENV: 'production' })).toBeUndefined();
    expect(siteUrlWarning({ NODE_ENV: 'development' })).toBeUndefined();
  });

  it('makes absolute URLs from SITE_URL, without doubling the slash', async () => {
    vi.stubEnv('SITE_URL', 'https://reader.example.org//');
    const { SITE_URL, absoluteUrl } = await import('@/lib/site-url');
    expect(SITE_URL).toBe('https://reader.example.org');
    expect(absoluteUrl('/principles/sovereignty/')).toBe('https://reader.example.org/principles/sovereignty/');
  });

  it('points at localhost:3000 without SITE_URL', async () => {
    vi.stubEnv('SITE_URL', undefined);
    const { absoluteUrl } = await import('@/lib/site-url');
    expect(absoluteUrl('/')).toBe('http://localhost:3000/');
  });

  it('refuses a SITE_URL with a path, a query or another scheme, with the address to use instead', () => {
    expect(siteUrlProblem({ SITE_URL: 'https://host.example/reader/' })).toMatch(
      /has a path \(\/reader\/\).*SITE_URL=https:\/\/host\.example/s,
    );
    expect(siteUrlProblem({ SITE_URL: 'https://host.example/?a=1' })).toMatch(/origin only/);
    expect(siteUrlProblem({ SITE_URL: 'ftp://host.example' })).toMatch(/https:\/\//);
    expect(siteUrlProblem({ SITE_URL: 'reader' })).toMatch(/is not a URL/);
    expect(siteUrlProblem({ SITE_URL: 'https://host.example' })).toBeUndefined();
    expect(siteUrlProblem({ SITE_URL: 'https://host.example/' })).toBeUndefined();
    expect(siteUrlProblem({})).toBeUndefined();
  });
});
