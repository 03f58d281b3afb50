/** <ShiftHeadings> (src/components/entry/ShiftHeadings.astro), rendered through Astro's Container API. */
import { describe, expect, test } from 'vitest';
import ShiftHeadings from '../../src/components/entry/ShiftHeadings.astro';
import { render } from '../support/render.ts';

const body = '<h3>How it began</h3><p>Text with <a href="#h3">a link</a>; <header>not a heading</header></p><H2 class="x">Up</H2>';

describe('ShiftHeadings', () => {
  test('moves every heading, opening and closing tag, one level down', async () => {
    const html = await render(ShiftHeadings, { props: { by: 1 }, slots: { default: body } });
    expect(html).toContain('<h4>How it began</h4>');
    expect(html).toContain('<h3 class="x">Up</h3>');
    expect(html).toContain('<a href="#h3">a link</a>');
    expect(html).toContain('<header>not a heading</header>');
  });
  test('leaves the HTML as it is when by is 0', async () => {
    const html = await render(ShiftHeadings, { props: { by: 0 }, slots: { default: body } });
    expect(html).toContain('<h3>How it began</h3>');
  });
  test('fails on a heading that would go below h6', async () => {
    await expect(render(ShiftHeadings, { props: { by: 1 }, slots: { default: '<h6>Deep</h6>' } })).rejects.toThrow(/<h6> moved 1 down would be below <h6>/);
  });
});
