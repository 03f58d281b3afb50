/** <MapName> (src/components/maps/MapName.astro), rendered through Astro's Container API. */
import { describe, expect, test } from 'vitest';
import MapName from '../../src/components/maps/MapName.astro';
import { render } from '../support/render.ts';

// The Container API renders in dev mode, which marks each element with where it was written: left out.
const texts = (html: string) =>
  [...html.matchAll(/<text ([^>]*)>([^<]*)<\/text>/g)].map((m) => ({ attrs: m[1]!.replace(/ data-astro-source-[a-z]+="[^"]*"/g, ''), text: m[2]! }));

describe('MapName', () => {
  test('writes the print halo copy, then the name, at the same rounded point and anchor', async () => {
    const html = await render(MapName, { props: { halo: 'm-wide-halo', kind: 'river', class: 'map-river', x: 10.123, y: 20.456, anchor: 'middle' }, slots: { default: 'Argun (Ergun)' } });
    const [copy, name] = texts(html);
    expect(texts(html)).toHaveLength(2);
    expect(copy!.attrs).toBe('class="map-halo map-halo-river" x="10.1" y="20.5" text-anchor="middle" filter="url(#m-wide-halo)" aria-hidden="true"');
    expect(name!.attrs).toBe('class="map-river" x="10.1" y="20.5" text-anchor="middle"');
    expect(copy!.text).toBe('Argun (Ergun)');
    expect(name!.text).toBe(copy!.text);
  });
  test('hides the name itself when a link or a group names it, and writes no class it is not given', async () => {
    const html = await render(MapName, { props: { halo: 'h', kind: 'scale', x: 1, y: 2, anchor: 'start', hidden: true }, slots: { default: '500 km' } });
    expect(texts(html)[1]!.attrs).toBe('x="1" y="2" text-anchor="start" aria-hidden="true"');
  });
  test('a kind it does not know fails the build, naming the valid ones', async () => {
    await expect(render(MapName, { props: { halo: 'h', kind: 'city' as 'label', x: 0, y: 0, anchor: 'start' }, slots: { default: 'x' } })).rejects.toThrow(/"kind" must be one of: country, river, lake, scale, label/);
  });
});
