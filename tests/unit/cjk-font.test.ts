import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { devFontHandler, devPaths, sourceCharacters, withInlineStyle } from '../../src/integrations/cjk-font';
import { root } from '../support/site';

const dir = mkdtempSync(join(tmpdir(), 'cjk-dev-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Calls the handler as the dev server would; resolves with what it answered, or "next". */
async function request(handler: ReturnType<typeof devFontHandler>, url: string) {
  const headers: Record<string, string> = {};
  return new Promise<{ next: true } | { type: string; body: string | Uint8Array }>((resolve, reject) => {
    const res = {
      setHeader: (k: string, v: string) => void (headers[k.toLowerCase()] = v),
      end: (body: string | Uint8Array) => resolve({ type: headers['content-type'] ?? '', body }),
    };
    handler({ url } as never, res as never, () => resolve({ next: true })).catch(reject);
  });
}

describe('sourceCharacters', () => {
  it('covers every Chinese name in content/ and the reign names and numerals the dates are written with', () => {
    const chars = new Set(sourceCharacters([join(root, 'content'), join(root, 'src')]));
    for (const c of '索额图尼布楚康熙光绪年月日二十初') expect(chars, c).toContain(c);
  });
});

// In order: the third test changes the file the first two read.
describe('devFontHandler (astro dev)', { shuffle: false }, () => {
  writeFileSync(join(dir, 'entry.mdx'), 'Songgotu (索额图)');
  const handler = devFontHandler('/base/', [dir]);
  const paths = devPaths('/base/');

  it('serves an @font-face for exactly the characters of the files, pointing at its font', async () => {
    const css = await request(handler, `${paths.css}?v=1`);
    expect(css).toMatchObject({ type: 'text/css; charset=utf-8' });
    expect(String((css as { body: string }).body)).toContain('unicode-range: U+56FE, U+7D22, U+989D;');
    expect(String((css as { body: string }).body)).toContain(`url("${paths.font}")`);
  });

  it('serves the subset as WOFF2', async () => {
    const font = (await request(handler, paths.font)) as { type: string; body: Uint8Array };
    expect(font.type).toBe('font/woff2');
    expect(Buffer.from(font.body).subarray(0, 4).toString('latin1')).toBe('wOF2');
  });

  it('cuts a new subset when a file changes', async () => {
    writeFileSync(join(dir, 'entry.mdx'), 'Nerchinsk (尼布楚)');
    utimesSync(join(dir, 'entry.mdx'), new Date(), new Date(Date.now() + 60_000));
    const css = (await request(handler, paths.css)) as { body: string };
    expect(css.body).toContain('U+5C3C');
    expect(css.body).not.toContain('U+7D22');
  });

  it('passes every other path on', async () => {
    expect(await request(handler, '/base/about/')).toEqual({ next: true });
  });
});

describe('withInlineStyle (astro build)', () => {
  const css = '@font-face { font-family: "X"; }';
  const source = `'sha256-${createHash('sha256').update(css).digest('base64')}'`;
  const page = (policy: string) =>
    `<html><head><meta http-equiv="content-security-policy" content="${policy}"><style>a{}</style></head><body>索</body></html>`;

  it("writes the style at the end of the head and adds its hash to style-src, keeping the page's other sources", () => {
    const html = withInlineStyle(page("default-src 'self'; script-src 'self' 'sha256-s='; style-src 'self' 'sha256-a=';"), css);
    expect(html).toContain(`<style>a{}</style><style>${css}</style></head>`);
    expect(html).toContain(`content="default-src 'self'; script-src 'self' 'sha256-s='; style-src 'self' 'sha256-a=' ${source};"`);
  });
  it('adds the hash when style-src is the last directive, without a closing semicolon', () => {
    expect(withInlineStyle(page("default-src 'self';style-src 'self'"), css)).toContain(`style-src 'self' ${source}"`);
  });
  it('refuses a page whose policy it cannot extend', () => {
    expect(() => withInlineStyle('<html><head></head><body>索</body></html>', css)).toThrow(/content-security-policy/);
    expect(() => withInlineStyle(page("default-src 'self'"), css)).toThrow(/no style-src/);
  });
});
