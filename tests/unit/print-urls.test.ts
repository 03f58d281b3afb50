/** withPrintUrls (src/lib/print-urls.ts): links to the site's own pages say on paper where they go. */
import { describe, expect, it } from 'vitest';
import { withPrintUrls } from '../../src/lib/print-urls';

const site = 'https://timeline.example';

describe('withPrintUrls', () => {
  it('gives a link to another page of the site its absolute address', () => {
    expect(withPrintUrls('<p>see <a href="/corrections/">all corrections</a>.</p>', site)).toBe(
      '<p>see <a href="/corrections/" data-print-url="https://timeline.example/corrections/">all corrections</a>.</p>',
    );
  });
  it('keeps the fragment and the base path the href already carries', () => {
    expect(withPrintUrls('<a class="x" href="/timeline/#source-a">a</a>', 'https://someone.github.io/timeline/')).toBe(
      '<a class="x" href="/timeline/#source-a" data-print-url="https://someone.github.io/timeline/#source-a">a</a>',
    );
  });
  it('leaves in-page, external, protocol-relative and download links alone', () => {
    for (const html of [
      '<a href="#source-1">[1]</a>',
      '<a href="https://example.org/x">x</a>',
      '<a href="//example.org/x">x</a>',
      '<a href="/cite/a.bib" download="a.bib">BibTeX</a>',
      '<a href="/x/" data-print-url="https://timeline.example/y/">y</a>',
    ]) {
      expect(withPrintUrls(html, site)).toBe(html);
    }
  });
  it('writes an ampersand of the href once, escaped', () => {
    expect(withPrintUrls('<a href="/a/?b=1&amp;c=2">a</a>', site)).toBe('<a href="/a/?b=1&amp;c=2" data-print-url="https://timeline.example/a/?b=1&amp;c=2">a</a>');
  });
});
