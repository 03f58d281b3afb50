/**
 * Status messages (WCAG 4.1.3): "Link copied." and "Citation copied." are spoken by screen readers
 * through role="status" live regions. A live region must be in the accessibility tree before its text
 * changes: one that is hidden (display: none) while empty enters the tree together with its message,
 * and screen readers do not reliably speak a region at the moment it appears. So every status region
 * of a page is in Chromium's accessibility tree at load, empty, and the message then lands in it.
 */
import { expect, test, type Page } from '@playwright/test';
import { label, sitePages } from '../support/site.ts';

interface AXNode {
  ignored?: boolean;
  role?: { value?: string };
  backendDOMNodeId?: number;
}

/** How many status regions the page's DOM holds, and how many of them Chromium's accessibility tree has. */
async function statusRegions(page: Page): Promise<{ dom: number; tree: number }> {
  const dom = await page.locator('[role="status"]').count();
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: AXNode[] };
  await cdp.detach();
  return { dom, tree: nodes.filter((n) => !n.ignored && n.role?.value === 'status').length };
}

for (const sitePage of sitePages()) {
  test(`${label(sitePage)}: every status region is in the accessibility tree at load`, async ({ page }) => {
    await page.goto(sitePage.path, { waitUntil: 'load' });
    // Chromium leaves out of its tree what content-visibility skips (the timeline's entries off
    // screen): lay every part out first, through the CSSOM (the pages' CSP refuses an added <style>).
    await page.evaluate(() => {
      for (const el of document.querySelectorAll<HTMLElement>('*')) {
        if (getComputedStyle(el).contentVisibility !== 'visible') el.style.contentVisibility = 'visible';
      }
    });
    const { dom, tree } = await statusRegions(page);
    expect(tree, `status regions of ${sitePage.path} in the accessibility tree, of ${dom} in the page`).toBe(dom);
  });
}

const entryPage = sitePages().find((p) => /^\/?.*\/(alliances|events)\/[^/]+\/$/.test(p.path))!;

test(`the status regions of ${entryPage.path} are in the accessibility tree before they speak`, async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(entryPage.path, { waitUntil: 'load' });
  // Its copy-link control and its "Cite this page" copy buttons each have one.
  const before = await statusRegions(page);
  expect(before.dom, 'status regions in the page').toBeGreaterThanOrEqual(2);
  expect(before.tree, 'status regions in the accessibility tree at load, before any message').toBe(before.dom);

  await page.getByRole('button', { name: /^Copy link/ }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied.' })).toHaveCount(1);
  await page.getByRole('button', { name: /^Copy the Chicago citation/ }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Citation copied.' })).toHaveCount(1);
  // The messages went into the regions that were there: none was added.
  expect((await statusRegions(page)).tree).toBe(before.dom);
});
