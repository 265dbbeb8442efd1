import { describe, expect, it } from 'vitest';
import { siteUrlWarning } from '@/lib/site-url';

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
});
