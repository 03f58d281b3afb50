/**
 * Builds and serves the site through Astro's own JavaScript API (`build()` and `preview()` from
 * "astro"), for tests and scripts: the built site (dist/, or OUT_DIR) on a port the OS says is free,
 * and, for the base-path spec, a second build under another base in a temporary folder.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { relative } from 'node:path';
import { build, preview } from 'astro';
import { basePath, distDir, root } from './site.ts';

/** A port the OS says is free right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

/** Where a build is: its output folder and the base path it was built for (slashes at both ends). */
export interface Built {
  outDir: string;
  base: string;
}

/** The build under test: dist/ or OUT_DIR, for BASE_PATH (both as astro.config.mjs reads them). */
export const mainBuild: Built = { outDir: distDir, base: basePath };

/**
 * Starts `astro preview` on a build (by default the build under test); resolves with its origin and a
 * function that stops it. Like a static host, it answers 404 with 404.html outside the pages.
 */
export async function servePreview(built: Built = mainBuild): Promise<{ origin: string; stop: () => Promise<void> }> {
  if (!existsSync(`${built.outDir}/index.html`)) {
    throw new Error(`${relative(root, built.outDir)}/ has no index.html: run \`npm run build\` first.`);
  }
  const port = await freePort();
  const server = await preview({
    root,
    outDir: built.outDir,
    base: built.base,
    logLevel: 'warn',
    server: { host: '127.0.0.1', port },
  });
  return { origin: `http://127.0.0.1:${server.port}`, stop: () => server.stop() };
}

/**
 * Keys Vite puts on `import.meta.env` itself. Vite also copies every variable of the environment
 * onto it, so a BASE_URL in the environment (global-setup sets one for Playwright) would replace the
 * configured base in the pages: they are kept out of the environment while Astro builds.
 */
const VITE_ENV_KEYS = ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'SITE', 'ASSETS_PREFIX'];

/**
 * Builds the site with `astro build()` under another base and site URL into a new temporary folder
 * beside the build under test (so it follows OUT_DIR, and dist-* is ignored by git and tsconfig).
 * Returns the build and a function that deletes its folder.
 */
export async function buildUnderBase(
  base: string,
  site: string,
): Promise<Built & { remove: () => void }> {
  const outDir = mkdtempSync(`${distDir}-base-`);
  const remove = () => rmSync(outDir, { recursive: true, force: true });
  const saved = Object.fromEntries(VITE_ENV_KEYS.map((k) => [k, process.env[k]]));
  for (const k of VITE_ENV_KEYS) delete process.env[k];
  try {
    await build({ root, outDir, base, site, logLevel: 'error' });
  } catch (error) {
    remove();
    throw error;
  } finally {
    for (const [k, v] of Object.entries(saved)) if (v !== undefined) process.env[k] = v;
  }
  return { outDir, base, remove };
}
