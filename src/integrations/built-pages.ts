/**
 * What the post-build integrations (cjk-font.ts, page-csp.ts) share about the built pages: walking
 * the output folder, the Content-Security-Policy <meta> Astro's security.csp writes into each page,
 * and the hash source that lets one inline element through it.
 */
import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Every file under a folder, recursively (node_modules and dot-folders skipped). */
export function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    if (d.name.startsWith('.') || d.name === 'node_modules') return [];
    const p = join(dir, d.name);
    return d.isDirectory() ? filesUnder(p) : [p];
  });
}

/** A page's policy <meta>: groups 1 and 3 are around its content, group 2 the policy itself. */
export const CSP_META = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/i;

/** SHA-256 of an inline element's text, as CSP writes a hash source. */
export const hashSource = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
