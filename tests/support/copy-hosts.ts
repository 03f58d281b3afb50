/**
 * Hosts that republish what others wrote: copies of Wikipedia, travel and time-zone sites, an
 * amateur transcription of an old Britannica, a wiki, the Scots Wikipedia, and aggregators of
 * reference works. None is a gazetteer, an official page or the original publisher, so the content
 * tests refuse them as sources (a copy can differ from the original, and the site cites what it read).
 */
export const COPY_HOSTS = [
  'en-academic.com',
  'encyclopedia.com',
  'encyclopedia.datana.cloud',
  'fouman.com',
  'gluedideas.com',
  'local-time.info',
  'piglix.com',
  'review.clateway.com',
  'sco.wikipedia.org',
  'thefreedictionary.com',
  'tripomatic.com',
  'vi.us.edu.vn',
  'wiki.china.org.cn',
  'wikimili.com',
  'worddisk.com',
] as const;

/** True when `url` is on one of those hosts or a subdomain of one. */
export function onCopyHost(url: string): boolean {
  const host = new URL(url).hostname.replace(/^www\./, '');
  return COPY_HOSTS.some((h) => host === h || host.endsWith(`.${h}`));
}
