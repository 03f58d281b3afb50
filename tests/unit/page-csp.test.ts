import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { inlineHashes, withPagePolicy } from '../../src/integrations/page-csp';

const h = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const OTHER = h('another page’s script');
const page = (policy: string, body: string) =>
  `<html><head><script>early()</script><meta http-equiv="content-security-policy" content="${policy}"><style>a{}</style></head><body>${body}</body></html>`;
const policyOf = (html: string) => /content="([^"]*)"/.exec(html)![1]!;

describe('inlineHashes', () => {
  it('hashes styles and executed scripts, not data blocks or scripts with src', () => {
    const { script, style } = inlineHashes(
      '<style>a{}</style><script type="module">m()</script><script>c()</script><script type="application/ld+json">{}</script><script src="/x.js"></script>',
    );
    expect([...style]).toEqual([h('a{}')]);
    expect([...script]).toEqual([h('m()'), h('c()')]);
  });
});

describe('withPagePolicy', () => {
  it("keeps only the page's own hashes in script-src and style-src, and every other source", () => {
    const policy = `default-src 'self';img-src 'self' data:; script-src 'self' ${h('own()')} ${OTHER}; style-src 'self' ${h('a{}')} ${h('b{}')};`;
    const out = policyOf(withPagePolicy(page(policy, '<script>own()</script>')));
    expect(out).toBe(`default-src 'self';img-src 'self' data:; script-src 'self' ${h('own()')}; style-src 'self' ${h('a{}')};`);
  });

  it('leaves the rest of the page as it was', () => {
    const policy = `script-src 'self' ${h('own()')} ${OTHER}; style-src 'self' ${h('a{}')}`;
    const html = page(policy, '<p>text</p><script>own()</script>');
    expect(withPagePolicy(html).replace(/content="[^"]*"/, '')).toBe(html.replace(/content="[^"]*"/, ''));
  });

  it('fails on an inline script after the policy that the policy does not allow', () => {
    const policy = `script-src 'self' ${OTHER}; style-src 'self' ${h('a{}')}`;
    expect(() => withPagePolicy(page(policy, '<script>own()</script>'), 'index.html')).toThrow(/index\.html has an inline script/);
  });

  it('fails on an inline style after the policy that the policy does not allow', () => {
    const policy = `script-src 'self'; style-src 'self' ${h('b{}')}`;
    expect(() => withPagePolicy(page(policy, ''))).toThrow(/inline style/);
  });

  it('does not ask for the hash of a script before the policy, which the policy does not govern', () => {
    const policy = `script-src 'self'; style-src 'self' ${h('a{}')}`;
    expect(policyOf(withPagePolicy(page(policy, '')))).toBe(policy);
  });

  it('fails on a page with inline scripts and no policy, and leaves one without either alone', () => {
    expect(() => withPagePolicy('<html><body><script>x()</script></body></html>')).toThrow(/no content-security-policy/);
    expect(withPagePolicy('<html><body><p>x</p></body></html>')).toBe('<html><body><p>x</p></body></html>');
  });
});
