/** The comparison's pure parts: which article the site's side waits for, and the network it runs on. */
import { describe, expect, it } from 'vitest';
import { FIRST_VISIBLE, NETWORK, firstArticleId, visibleAt } from '../bench/compare.ts';

describe('firstArticleId', () => {
  it('finds the id of the first <article> in the page, not of earlier elements', () => {
    const html = '<main><section id="charts"><figure id="fig"></figure></section><ol><li><article class="entry" id="nerchinsk-1654-1689">' +
      '<h2>x</h2></article></li><li><article id="li-lobanov-1896-1900"></article></li></ol></main>';
    expect(firstArticleId(html)).toBe('nerchinsk-1654-1689');
  });
  it('is undefined for a page without an article with an id', () => {
    expect(firstArticleId('<main><article><h2>x</h2></article></main>')).toBeUndefined();
  });
});

describe('FIRST_VISIBLE', () => {
  it("selects the headings inside the site's article by its id", () => {
    expect(FIRST_VISIBLE.site('nerchinsk-1654-1689')).toBe('#nerchinsk-1654-1689 :is(h1, h2, h3)');
  });
});

describe('NETWORK', () => {
  it('is the connection issue 13 measured on: 150 ms latency, 1.6 Mbit/s down, in bytes per second', () => {
    expect(NETWORK.latency).toBe(150);
    expect(NETWORK.downloadThroughput * 8).toBeCloseTo(1.6 * 1024 * 1024);
  });
});

describe('visibleAt', () => {
  it('is the probe time, or the first contentful paint when the probe saw the frame before it was shown', () => {
    expect(visibleAt(2748, 2600)).toBe(2748);
    expect(visibleAt(2194, 2296)).toBe(2296);
  });
  it('stays "never" when the probe never saw the element', () => {
    expect(visibleAt(NaN, 1200)).toBeNaN();
  });
});
