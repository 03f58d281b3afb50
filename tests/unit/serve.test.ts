/** The bench's static server: files under their prefixes, gzip for text, headers as a static host sends them. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serve } from '../bench/serve.ts';

function get(url: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    request(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    })
      .on('error', reject)
      .end();
  });
}

describe('serve', () => {
  const site = mkdtempSync(join(tmpdir(), 'serve-site-'));
  const other = mkdtempSync(join(tmpdir(), 'serve-other-'));
  const page = '<!doctype html><title>x</title>'.repeat(20);
  let server: Awaited<ReturnType<typeof serve>>;
  beforeAll(async () => {
    mkdirSync(join(site, 'claims'));
    writeFileSync(join(site, 'index.html'), page);
    writeFileSync(join(site, 'claims', 'index.html'), 'claims');
    writeFileSync(join(other, 'index.html'), 'other');
    server = await serve([
      { prefix: '/', dir: site },
      { prefix: '/tl/', dir: other },
    ]);
  });
  afterAll(async () => {
    await server.close();
    rmSync(site, { recursive: true, force: true });
    rmSync(other, { recursive: true, force: true });
  });

  it('serves folders as their index.html, the longest prefix first, and 404 for the rest', async () => {
    expect((await get(`${server.origin}/claims/`)).body.toString()).toBe('claims');
    expect((await get(`${server.origin}/tl/`)).body.toString()).toBe('other');
    expect((await get(`${server.origin}/nothing/`)).status).toBe(404);
    expect((await get(`${server.origin}/../../etc/passwd`)).status).toBe(404);
  });

  it('gzips text for a browser that accepts it', async () => {
    const res = await get(`${server.origin}/`, { 'accept-encoding': 'gzip, br' });
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(res.body).toString()).toBe(page);
    expect((await get(`${server.origin}/`)).headers['content-encoding']).toBeUndefined();
  });

  it('sends no no-store, which would keep pages out of the back/forward cache and fail the bf-cache audit of Lighthouse', async () => {
    const cache = String((await get(`${server.origin}/`)).headers['cache-control']);
    expect(cache).not.toMatch(/no-store/);
    expect(cache).toMatch(/max-age=0/);
  });
});
