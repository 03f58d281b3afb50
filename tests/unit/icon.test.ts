import { describe, expect, it } from 'vitest';
import { icoFromPng, iconSvg } from '../../src/lib/icon';

describe('iconSvg', () => {
  it('is one square SVG document, rounded unless asked not to be', () => {
    expect(iconSvg()).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 64 64">.*<\/svg>$/);
    expect(iconSvg()).toContain('rx="12"');
    expect(iconSvg({ rounded: false })).toContain('<rect width="64" height="64" rx="0"');
  });
});

describe('icoFromPng', () => {
  it('wraps the PNG in an icon header and directory that point at it', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]);
    const ico = icoFromPng(png, 32);
    const view = new DataView(ico.buffer);
    expect([view.getUint16(0, true), view.getUint16(2, true), view.getUint16(4, true)]).toEqual([0, 1, 1]);
    expect([ico[6], ico[7]]).toEqual([32, 32]);
    expect(view.getUint32(14, true)).toBe(png.length);
    expect(view.getUint32(18, true)).toBe(22);
    expect([...ico.slice(22)]).toEqual([...png]);
  });
  it('writes 0 for a 256 px image, as the format asks', () => {
    expect(icoFromPng(new Uint8Array(1), 256)[6]).toBe(0);
  });
});
