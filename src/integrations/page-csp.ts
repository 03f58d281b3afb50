/**
 * Each page's Content-Security-Policy names only its own inline scripts and styles. Astro's
 * security.csp writes into every page the hashes of all the site's inline scripts and styles (28 on
 * 29 November 2026): on the home page about 1 KB gzipped, in the head, before anything a reader sees.
 * After the build this keeps, in each page's script-src and style-src, the hashes of that page's own
 * inline elements only; every other source of the policy stays as it is. A page element after the
 * policy whose hash the policy does not name is an error: the browser would block it.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { CSP_META, filesUnder, hashSource } from './built-pages';

/**
 * The hash sources of a page's inline elements that run under the policy: <style>s, and <script>s
 * without src that the browser executes (JSON-LD and other data blocks are not executed, so not checked).
 */
export function inlineHashes(html: string): { script: Set<string>; style: Set<string> } {
  const script = new Set<string>();
  const style = new Set<string>();
  for (const m of html.matchAll(/<(script|style)\b([^>]*)>([\s\S]*?)<\/\1>/gi)) {
    const [, tag, attrs = '', text = ''] = m;
    if (tag!.toLowerCase() === 'style') {
      style.add(hashSource(text));
      continue;
    }
    if (/\bsrc\s*=/i.test(attrs)) continue;
    const type = /\btype\s*=\s*"([^"]*)"/i.exec(attrs)?.[1]?.trim().toLowerCase() ?? '';
    if (type === '' || type === 'module' || /javascript|ecmascript/.test(type)) script.add(hashSource(text));
  }
  return { script, style };
}

/**
 * `html` with its policy's script-src and style-src cut to the hashes of the page's own inline
 * elements. Throws if the page has an inline element after its policy that the policy does not
 * allow, or has inline elements and no policy.
 */
export function withPagePolicy(html: string, where = 'a page'): string {
  const own = inlineHashes(html);
  const meta = CSP_META.exec(html);
  if (!meta) {
    if (own.script.size + own.style.size > 0) throw new Error(`page-csp: ${where} has inline scripts or styles and no content-security-policy <meta>`);
    return html;
  }
  // A policy in a <meta> governs only what comes after it: the head's first scripts, which Astro does
  // not hash (is:inline), run before it.
  const governed = inlineHashes(html.slice(meta.index));
  const directives = meta[2]!.split(';').map((d) => {
    const [name = '', ...sources] = d.trim().split(/\s+/);
    const kind = name === 'script-src' ? 'script' : name === 'style-src' ? 'style' : undefined;
    if (!kind) return d;
    const named = new Set(sources);
    for (const h of governed[kind]) if (!named.has(h)) throw new Error(`page-csp: ${where} has an inline ${kind} (${h}) that its ${name} does not allow`);
    const kept = sources.filter((s) => !/^'sha(256|384|512)-/.test(s) || own[kind].has(s));
    return d.replace(/\S[\s\S]*$/, [name, ...kept].join(' '));
  });
  return html.replace(meta[0], `${meta[1]}${directives.join(';')}${meta[3]}`);
}

export default function pageCsp(): AstroIntegration {
  return {
    name: 'page-csp',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        let saved = 0;
        for (const file of filesUnder(outDir).filter((f) => f.endsWith('.html'))) {
          const html = readFileSync(file, 'utf8');
          const updated = withPagePolicy(html, file.slice(outDir.length));
          saved += html.length - updated.length;
          if (updated !== html) writeFileSync(file, updated);
        }
        logger.info(`each page's policy names only its own inline scripts and styles (${saved} bytes fewer in all)`);
      },
    },
  };
}
