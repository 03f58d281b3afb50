/**
 * Every figure on every page has an accessible name that says what it is: the charts and maps by
 * their captions, an entry's small axis by its caption ("Where this entry sits on the 1654–2023
 * timeline."), a quotation by whose words they are ("Quotation from Shi Shan, as quoted by …").
 * Chromium does not name a <figure> from its <figcaption> by itself, so each is named on purpose.
 * The names are Chromium's own, from its accessibility tree; parts skipped off screen
 * (content-visibility) are laid out first, or they would be missing from it.
 */
import { expect, test } from './helpers/worker-page.ts';
import { label, sitePages } from '../support/site.ts';

interface AXNode {
  ignored?: boolean;
  role?: { value?: string };
  name?: { value?: string };
  backendDOMNodeId?: number;
}

for (const sitePage of sitePages()) {
  test(`${label(sitePage)}: every figure has a name`, async ({ page }) => {
    await page.goto(sitePage.path);
    const figures = await page.evaluate(() => {
      for (const el of document.querySelectorAll<HTMLElement>('*')) {
        if (getComputedStyle(el).contentVisibility !== 'visible') el.style.contentVisibility = 'visible';
      }
      return [...document.querySelectorAll('figure')].filter((f) => f.checkVisibility()).length;
    });
    const cdp = await page.context().newCDPSession(page);
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: AXNode[] };
    await cdp.detach();
    const named = nodes.filter((n) => !n.ignored && n.role?.value === 'figure');
    expect(named.length, 'every <figure> drawn is a figure in the accessibility tree').toBe(figures);
    const nameless = named.filter((n) => !n.name?.value?.trim()).length;
    expect(nameless, `${nameless} of ${named.length} figures have no name`).toBe(0);
  });
}

test('a quotation is named for whose words they are', async ({ page }) => {
  await page.goto('/events/no-limits-statement-2022/');
  await expect(page.getByRole('figure', { name: 'Quotation from the joint statement of 4 February 2022, Kremlin English text' }))
    .toContainText('no limits');
});
