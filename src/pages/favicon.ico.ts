/** /favicon.ico: asked for by browsers and crawlers whatever the page says; one 32 px PNG inside. */
import type { APIRoute } from 'astro';
import { icoFromPng } from '../lib/icon';
import { iconPng } from '../lib/og/icon-png';

export const GET: APIRoute = async () =>
  new Response(icoFromPng(await iconPng(32), 32) as BodyInit, { headers: { 'Content-Type': 'image/x-icon' } });
