/**
 * Link purpose (WCAG 2.4.4/2.4.9): on every page, no two links that go to different places share an
 * accessible name, so a screen reader's list of links (which shows names only) never offers two
 * identical items for two destinations. The names are Chromium's own, read from its accessibility
 * tree, as a screen reader gets them; hidden links (the chart drawn for other widths) are not in it.
 * Chromium leaves out of that tree what content-visibility skips (the timeline's entries off screen),
 * so the test lays every part out first: the names do not depend on it.
 */
import { expect, test } from '@playwright/test';
import { label, sitePages } from '../support/site.ts';

interface AXNode {
  ignored?: boolean;
  role?: { value?: string };
  name?: { value?: string };
  properties?: { name: string; value: { value?: unknown } }[];
}

for (const sitePage of sitePages()) {
  test(`${label(sitePage)}: links with one name go to one place`, async ({ page }) => {
    await page.goto(sitePage.path);
    // Through the CSSOM: the pages' Content-Security-Policy refuses an added <style>.
    await page.evaluate(() => {
      for (const el of document.querySelectorAll<HTMLElement>('*')) {
        if (getComputedStyle(el).contentVisibility !== 'visible') el.style.contentVisibility = 'visible';
      }
    });
    const cdp = await page.context().newCDPSession(page);
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: AXNode[] };
    const places = new Map<string, Set<string>>();
    for (const node of nodes) {
      if (node.ignored || node.role?.value !== 'link') continue;
      const name = (node.name?.value ?? '').replace(/\s+/g, ' ').trim();
      const url = String(node.properties?.find((p) => p.name === 'url')?.value.value ?? '');
      if (!places.has(name)) places.set(name, new Set());
      places.get(name)!.add(url);
    }
    expect(places.size, 'the page has links in its accessibility tree').toBeGreaterThan(0);
    const shared = [...places].filter(([, urls]) => urls.size > 1).map(([name, urls]) => `"${name}" goes to ${[...urls].join(', ')}`);
    expect(shared, shared.join('\n')).toEqual([]);
  });
}
