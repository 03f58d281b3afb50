/**
 * Privacy and security while each page loads: no request leaves the preview origin, no console
 * error or uncaught exception, a CSP <meta> without 'unsafe-inline' for scripts, and no CSP violation.
 */
import { expect, test } from '@playwright/test';
import { label, sitePages } from '../support/site.ts';

declare global {
  interface Window {
    /** CSP violations seen since the document started, collected by the init script below. */
    __cspViolations?: string[];
  }
}

/** The directives of a CSP string, keyed by name. */
function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...values]) => [name!.toLowerCase(), values]),
  );
}

for (const sitePage of sitePages()) {
  test(`${label(sitePage)} requests nothing from other hosts, logs no error and keeps its CSP`, async ({ page, baseURL }) => {
    const origin = new URL(baseURL ?? '').origin;
    const foreign = new Set<string>();
    const consoleErrors: string[] = [];
    const pageErrors: string[] = [];

    // Abort anything bound elsewhere, so that the test never depends on the network, and record it.
    await page.route('**/*', (route) => {
      const url = new URL(route.request().url());
      if (url.origin === origin || url.protocol === 'data:' || url.protocol === 'blob:') return route.continue();
      foreign.add(url.href);
      return route.abort('blockedbyclient');
    });
    // Also every request event, in case one ever bypasses routing (e.g. a service worker's).
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.origin !== origin && !['data:', 'blob:'].includes(url.protocol)) foreign.add(url.href);
    });
    page.on('console', (message) => {
      // Chromium reports the 404 page's own status as a console error: expected there, for the document only.
      const expected404 = sitePage.status === 404 && /status of 404/.test(message.text()) && message.location().url.endsWith(sitePage.path);
      if (message.type() === 'error' && !expected404) consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.addInitScript(() => {
      window.__cspViolations = [];
      document.addEventListener('securitypolicyviolation', (e) => {
        window.__cspViolations?.push(`${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`);
      });
    });

    const response = await page.goto(sitePage.path, { waitUntil: 'networkidle' });
    expect(response?.status()).toBe(sitePage.status);
    // Scroll to the end so that lazy images and anything loaded on view are requested too.
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await page.waitForLoadState('networkidle');

    const metas = await page.locator('meta[http-equiv="content-security-policy" i]').evaluateAll((els) =>
      els.map((el) => el.getAttribute('content') ?? ''),
    );
    expect(metas, 'one CSP <meta> in the head').toHaveLength(1);
    const csp = directives(metas[0] ?? '');
    const scriptSrc = csp.get('script-src') ?? csp.get('default-src');
    expect(scriptSrc, 'the CSP sets script-src').toBeDefined();
    expect(scriptSrc, "script-src without 'unsafe-inline'").not.toContain("'unsafe-inline'");
    expect(scriptSrc, "script-src without 'unsafe-eval'").not.toContain("'unsafe-eval'");
    expect(csp.get('default-src'), "default-src 'self'").toEqual(["'self'"]);

    const violations = await page.evaluate(() => window.__cspViolations ?? []);
    // One assertion, so that a failure lists every kind of problem at once.
    expect(
      { requestsToOtherHosts: [...foreign], cspViolations: violations, consoleErrors, uncaughtExceptions: pageErrors },
      `privacy and security problems on ${sitePage.path}`,
    ).toEqual({ requestsToOtherHosts: [], cspViolations: [], consoleErrors: [], uncaughtExceptions: [] });
  });
}
