/** <Quote> (src/components/mdx/Quote.astro), rendered through Astro's Container API. */
import { describe, expect, test } from 'vitest';
import Quote from '../../src/components/mdx/Quote.astro';
import { render } from '../support/render.ts';

describe('Quote', () => {
  test('renders an attributed blockquote with its source', async () => {
    const html = await render(Quote, {
      props: { by: 'Shi Shan', source: 'as quoted by The Epoch Times', cite: 'https://example.org/a' },
      slots: { default: 'Words.' },
    });
    expect(html).toMatch(/<figure[^>]*>\s*<blockquote cite="https:\/\/example.org\/a"[^>]*>Words.<\/blockquote>/);
    // Named for whose words they are: Chromium gives a figure no name from its caption.
    expect(html).toMatch(/<figure[^>]* aria-label="Quotation from Shi Shan, as quoted by The Epoch Times"/);
    expect(html).toMatch(/<figcaption[^>]*>— Shi Shan, <a href="https:\/\/example.org\/a"[^>]*>as quoted by The Epoch Times<\/a>/);
  });
  test('is named for the speaker alone when there is no source', async () => {
    const html = await render(Quote, { props: { by: 'Sun Yat-sen' }, slots: { default: 'Words.' } });
    expect(html).toMatch(/<figure[^>]* aria-label="Quotation from Sun Yat-sen"/);
  });
  test('fails without by', async () => {
    await expect(render(Quote, { props: {}, slots: { default: 'x' } })).rejects.toThrow(/<Quote>: prop "by": is required/);
  });
  test('fails on a cite that is not a URL', async () => {
    await expect(render(Quote, { props: { by: 'A', cite: 'the article' } })).rejects.toThrow(/<Quote>: prop "cite": must be an absolute http\(s\) URL; got "the article"/);
  });
  test('fails on a cite that is a URL of another scheme', async () => {
    await expect(render(Quote, { props: { by: 'A', cite: 'ftp://example.org/a' } })).rejects.toThrow(/prop "cite"/);
  });
});
