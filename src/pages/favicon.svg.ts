/** /favicon.svg: the icon browsers prefer, drawn from src/lib/icon.ts. */
import type { APIRoute } from 'astro';
import { iconSvg } from '../lib/icon';

export const GET: APIRoute = () => new Response(iconSvg(), { headers: { 'Content-Type': 'image/svg+xml' } });
