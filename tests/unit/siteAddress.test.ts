// SITE_URL and BASE_PATH: what a deployer writes, what the site is built with.
import { describe, expect, it } from 'vitest';
import { siteAddress, SiteAddressError } from '../../src/lib/siteAddress.ts';

describe('siteAddress', () => {
  it.each([
    [{}, { site: 'https://broadsheet.example', base: '/' }],
    [{ SITE_URL: 'https://news.example.org' }, { site: 'https://news.example.org', base: '/' }],
    [{ SITE_URL: 'https://news.example.org/' }, { site: 'https://news.example.org', base: '/' }],
    // A path in SITE_URL is where the site lives, not something to drop.
    [{ SITE_URL: 'https://example.org/news/' }, { site: 'https://example.org', base: '/news/' }],
    [{ SITE_URL: 'https://example.org/news' }, { site: 'https://example.org', base: '/news/' }],
    [{ SITE_URL: 'https://example.org/news/', BASE_PATH: '/news' }, { site: 'https://example.org', base: '/news/' }],
    [{ BASE_PATH: '//broadsheet//' }, { site: 'https://broadsheet.example', base: '/broadsheet/' }],
    [{ BASE_PATH: 'broadsheet' }, { site: 'https://broadsheet.example', base: '/broadsheet/' }],
    [{ BASE_PATH: '/a//b/' }, { site: 'https://broadsheet.example', base: '/a/b/' }],
    [{ SITE_URL: 'https://x.org/caf%C3%A9/' }, { site: 'https://x.org', base: '/caf%C3%A9/' }],
    [{ BASE_PATH: '' }, { site: 'https://broadsheet.example', base: '/' }],
    [{ NETLIFY: 'true', URL: 'https://site.netlify.app' }, { site: 'https://site.netlify.app', base: '/' }],
  ])('%j → %j', (env, expected) => {
    expect(siteAddress(env)).toEqual(expected);
  });

  it.each([
    [{ SITE_URL: 'news.example.org' }, /SITE_URL "news\.example\.org" is not a site's address/],
    [{ SITE_URL: 'ftp://news.example.org/' }, /not a site's address/],
    [{ SITE_URL: 'https://example.org/?page=1' }, /not a site's address/],
    [{ SITE_URL: 'https://example.org/news/', BASE_PATH: '/blog/' }, /SITE_URL ends in \/news\/ but BASE_PATH is \/blog\//],
    [{ BASE_PATH: '/../etc/' }, /BASE_PATH "\/\.\.\/etc\/" is not a folder path/],
    [{ BASE_PATH: '/my site/' }, /not a folder path/],
    [{ BASE_PATH: 'https://evil.example/' }, /not a folder path/],
    [{ BASE_PATH: '/a"b/' }, /not a folder path/],
  ])('%j is a clear error', (env, message) => {
    expect(() => siteAddress(env)).toThrow(SiteAddressError);
    expect(() => siteAddress(env)).toThrow(message);
  });
});
