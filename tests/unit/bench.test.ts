/** The benchmark's own pure parts: generated entries pass the real schema, and page weight adds up. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { contentErrors } from '../../src/lib/content-rules';
import { allianceSchema, eventSchema } from '../../src/schemas/entry';
import { childCpuMs, generateEntries, labelRequests, mdxFile } from '../bench/scale.ts';
import { htmlCssJsGzip, jsGzip, mapDrawingsGzip, pageWeight, readerTextGzip } from '../bench/weight.ts';
import { locs } from '../support/site.ts';

describe.each([1, 2, 10, 100])('generateEntries(%i)', (n) => {
  const entries = generateEntries(n);

  it('makes n entries with unique file names', () => {
    expect(entries).toHaveLength(n);
    expect(new Set(entries.map((e) => e.id)).size).toBe(n);
  });

  it('makes entries that pass the content schema of their collection', () => {
    for (const e of entries) {
      const result = (e.collection === 'alliances' ? allianceSchema : eventSchema).safeParse(e.data);
      expect(result.error?.issues ?? [], `${e.collection}/${e.id}`).toEqual([]);
    }
  });

  it('makes entries that hold together: ordinals and ids unique, every <Cite> and <ClaimRef> in its own entry', () => {
    const parsed = entries.map((e) => ({ id: e.id, body: e.body, data: (e.collection === 'alliances' ? allianceSchema : eventSchema).parse(e.data) }));
    expect(contentErrors(parsed)).toEqual([]);
  });

  it('writes front matter that reads back as the same data', () => {
    const first = entries[0]!;
    const frontmatter = mdxFile(first).split(/^---$/m)[1] ?? '';
    expect(JSON.parse(frontmatter)).toEqual(first.data);
  });
});

describe('labelRequests', () => {
  it('spreads the requested number of marks along the axis, the same each time', () => {
    const marks = labelRequests(1000, 1200);
    expect(marks).toHaveLength(1000);
    expect(marks.every((m) => m.anchor >= 0 && m.anchor <= 1200 && m.size >= 40)).toBe(true);
    expect(labelRequests(1000, 1200)).toEqual(marks);
  });
});

describe('pageWeight', () => {
  const dist = mkdtempSync(join(tmpdir(), 'weight-test-'));
  afterAll(() => rmSync(dist, { recursive: true, force: true }));
  const css = 'body{font-family:X}@font-face{font-family:X;src:url(./f.woff2)}.a{background:url("/img/a.png")}';
  const js = 'import "./chunk.js";console.log(1)';
  const html =
    '<!doctype html><html><head><link rel="stylesheet" href="/_astro/s.css"><script type="module" src="/_astro/m.js"></script>' +
    '<style>p{color:red}</style><script>let inline=1</script><script type="application/ld+json">{"a":1}</script></head>' +
    '<body><img src="/img/b.png" alt=""><img src="/img/gone.png" alt=""><a href="https://other.example/x.js">x</a></body></html>';
  mkdirSync(join(dist, '_astro'));
  mkdirSync(join(dist, 'img'));
  writeFileSync(join(dist, 'index.html'), html);
  writeFileSync(join(dist, '_astro/s.css'), css);
  writeFileSync(join(dist, '_astro/m.js'), js);
  writeFileSync(join(dist, '_astro/chunk.js'), 'export const c = 2;');
  writeFileSync(join(dist, '_astro/f.woff2'), Buffer.alloc(500, 1));
  writeFileSync(join(dist, 'img/a.png'), Buffer.alloc(300, 2));
  writeFileSync(join(dist, 'img/b.png'), Buffer.alloc(200, 3));
  const w = pageWeight(dist, join(dist, 'index.html'), '/');

  it('counts the HTML, linked CSS and JS, imported chunks, images and the fonts the CSS loads', () => {
    expect(w.byKind.html.raw).toBe(Buffer.byteLength(html));
    expect(w.byKind.css.files).toEqual(['/_astro/s.css']);
    expect(w.byKind.js.files.sort()).toEqual(['/_astro/chunk.js', '/_astro/m.js']);
    expect(w.byKind.font).toMatchObject({ raw: 500, files: ['/_astro/f.woff2'] });
    expect(w.byKind.image.raw).toBe(500);
  });

  it('gzips each file on its own and adds inline script to the JS total, not JSON-LD', () => {
    expect(w.byKind.css.gzip).toBe(gzipSync(css, { level: 9 }).length);
    expect(w.inlineJs.files).toHaveLength(1);
    expect(jsGzip(w)).toBe(w.byKind.js.gzip + gzipSync('let inline=1', { level: 9 }).length);
    expect(htmlCssJsGzip(w)).toBe(w.byKind.html.gzip + w.byKind.css.gzip + w.byKind.js.gzip);
  });

  it("counts the font an inline <style>'s @font-face loads, relative to the page", () => {
    const page = '<!doctype html><html><head><style>@font-face{font-family:Y;src:url("/_astro/g.woff2")}</style></head><body></body></html>';
    writeFileSync(join(dist, '_astro/g.woff2'), Buffer.alloc(700, 4));
    writeFileSync(join(dist, 'inline.html'), page);
    const inline = pageWeight(dist, join(dist, 'inline.html'), '/inline.html');
    expect(inline.byKind.font).toMatchObject({ raw: 700, files: ['/_astro/g.woff2'] });
    expect(inline.inlineCss.files).toHaveLength(1);
  });

  it('names linked files that are missing and ignores other hosts', () => {
    expect(w.missing).toEqual(['/img/gone.png']);
    expect(Object.values(w.byKind).flatMap((k) => k.files).some((f) => f.includes('other.example'))).toBe(false);
  });
});

describe('locs', () => {
  it('reads every <loc> of a sitemap, decoding XML entities', () => {
    const xml = '<urlset><url><loc>https://s.example/a/</loc></url><url><loc> https://s.example/b/?x=1&amp;y=2 </loc></url></urlset>';
    expect(locs(xml)).toEqual(['https://s.example/a/', 'https://s.example/b/?x=1&y=2']);
  });
});

describe('childCpuMs', () => {
  it("adds the children's user and system time that sh's `times` prints", () => {
    expect(childCpuMs('build output\n@@times\n0m0.010s 0m0.002s\n1m4.500s 0m2.250s\n')).toBeCloseTo(66_750);
  });
  it('is undefined when the shell printed nothing', () => {
    expect(childCpuMs('no times here')).toBeUndefined();
  });
});

describe('mapDrawingsGzip', () => {
  it('weighs each map drawing on its own and ignores other SVG', () => {
    const map = '<svg class="map-svg variant-wide" viewBox="0 0 10 10"><path d="M0,0l1,1"/></svg>';
    const html = `<p>x</p>${map}<svg class="chart-svg"><rect/></svg>${map.replace('wide', 'narrow')}`;
    const sizes = mapDrawingsGzip(html);
    expect(sizes).toHaveLength(2);
    expect(sizes[0]).toBe(gzipSync(map, { level: 9 }).length);
  });
});

describe('readerTextGzip', () => {
  const words = 'Treaty of Nerchinsk & its “Latin” text';
  const html =
    `<html><head><title>Head title</title><style>p{color:red}</style></head><body><script>let secret = 1</script>` +
    `<p class="x">Treaty of <b>Nerchinsk</b> &amp; its &#x201C;Latin&#8221; text</p>` +
    `<a href="https://example.org/a?b=1&amp;c=2">one</a><a href="https://example.org/a?b=1&amp;c=2">two</a><a href="/local/">three</a></body></html>`;
  const expected = `${words} one two three\nhttps://example.org/a?b=1&c=2`;

  it('is the body text without markup, scripts or styles, and each other site linked once', () => {
    const { raw, gzip } = readerTextGzip(html);
    expect(raw).toBe(Buffer.byteLength(expected));
    expect(gzip).toBe(gzipSync(expected, { level: 9 }).length);
  });

  it('grows with the words a reader reads, not with markup', () => {
    const more = readerTextGzip(html.replace('</body>', '<p>Aigun, 1858</p></body>'));
    const markup = readerTextGzip(html.replace('<p class="x">', '<p class="x" data-long-attribute="lots of markup here">'));
    expect(more.raw).toBe(readerTextGzip(html).raw + ' Aigun, 1858'.length);
    expect(markup.raw).toBe(readerTextGzip(html).raw);
  });
});
