import { describe, expect, it } from 'vitest';
import { siteUrlProblem, siteUrlWarning } from '@/lib/site-url';

describe('the published address', () => {
  it('warns a production build without SITE_URL, naming everything that would point to localhost', () => {
    const warning = siteUrlWarning({ NODE_ENV: 'production' });
    for (const thing of [
      'canonical',
      'og:url',
      'og:image',
      'citations',
      'sitemap.xml',
      'robots.txt',
      'quote sheets',
      'SITE_URL=',
    ])
      expect(warning).toContain(thing);
    expect(siteUrlWarning({})).toBeDefined();
  });

  it('says nothing once it is set, or while developing', () => {
    expect(siteUrlWarning({ SITE_URL: 'https://reader.example.org' })).toBeUndefined();
    expect(siteUrlWarning({ NODE_ENV: 'development' })).toBeUndefined();
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
