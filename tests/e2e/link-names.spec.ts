/**
 * The names a screen reader speaks for links and buttons, on every page, as Chromium computes them
 * (its accessibility tree, the names a screen reader gets):
 * - link purpose (WCAG 2.4.4/2.4.9): no two links that go to different places share a name, so a
 *   screen reader's list of links (which shows names only) never offers two identical items for two
 *   destinations;
 * - the names are clean text: no space before `: , . ; ) …` or after `(`, no double space, nothing at
 *   either end. A browser puts a space around text it lays out as a block of its own, as it does the
 *   out-of-flow .visually-hidden span, so "Permalink<span class=visually-hidden>: X</span>" is read
 *   "Permalink : X" (base.css says how to write such a span).
 * Hidden links (the chart drawn for other widths) are not in the tree. Chromium leaves out of that
 * tree what content-visibility skips (the timeline's entries off screen), so the test lays every part
 * out first: the names do not depend on it.
 */
import { expect, test } from '@playwright/test';
import { label, sitePages } from '../support/site.ts';

interface AXNode {
  ignored?: boolean;
  role?: { value?: string };
  name?: { value?: string };
  properties?: { name: string; value: { value?: unknown } }[];
}

/** What is wrong with the spacing of a name, or undefined when nothing is. */
export function spacingFault(name: string): string | undefined {
  if (name !== name.trim()) return 'space at an end';
  if (/\s{2}/.test(name)) return 'two spaces';
  if (/\s[:,.;)…]/.test(name)) return 'space before punctuation';
  if (/\(\s/.test(name)) return 'space after "("';
  return undefined;
}

for (const sitePage of sitePages()) {
  test(`${label(sitePage)}: links' and buttons' names are clean, and links with one name go to one place`, async ({ page }) => {
    await page.goto(sitePage.path);
    // Through the CSSOM: the pages' Content-Security-Policy refuses an added <style>. The buttons a
    // script shows only where the browser can use them (Share…) are shown, so their names are read too.
    await page.evaluate(() => {
      for (const el of document.querySelectorAll<HTMLElement>('*')) {
        if (getComputedStyle(el).contentVisibility !== 'visible') el.style.contentVisibility = 'visible';
      }
      for (const button of document.querySelectorAll<HTMLButtonElement>('button[hidden]')) button.hidden = false;
    });
    const cdp = await page.context().newCDPSession(page);
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: AXNode[] };
    const places = new Map<string, Set<string>>();
    const unclean: string[] = [];
    for (const node of nodes) {
      const role = node.role?.value;
      if (node.ignored || (role !== 'link' && role !== 'button')) continue;
      const name = node.name?.value ?? '';
      const fault = spacingFault(name);
      if (fault) unclean.push(`${role} "${name}": ${fault}`);
      if (role !== 'link') continue;
      const url = String(node.properties?.find((p) => p.name === 'url')?.value.value ?? '');
      const key = name.replace(/\s+/g, ' ').trim();
      if (!places.has(key)) places.set(key, new Set());
      places.get(key)!.add(url);
    }
    expect(places.size, 'the page has links in its accessibility tree').toBeGreaterThan(0);
    const shared = [...places].filter(([, urls]) => urls.size > 1).map(([name, urls]) => `"${name}" goes to ${[...urls].join(', ')}`);
    expect({ unclean, shared }, [...unclean, ...shared].join('\n')).toEqual({ unclean: [], shared: [] });
  });
}
