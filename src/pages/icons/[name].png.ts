/** /icons/icon-<size>.png (PNG fallbacks and the manifest's icons) and /icons/apple-touch-icon.png. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { ICON_SIZES } from '../../lib/icon';
import { iconPng } from '../../lib/og/icon-png';

export const getStaticPaths = (() => [
  ...ICON_SIZES.map((size) => ({ params: { name: `icon-${size}` }, props: { size, rounded: true } })),
  // iOS rounds the corners itself and shows transparency as black: a full square.
  { params: { name: 'apple-touch-icon' }, props: { size: 180, rounded: false } },
]) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) =>
  new Response((await iconPng(props.size as number, { rounded: props.rounded as boolean })) as BodyInit, { headers: { 'Content-Type': 'image/png' } });
