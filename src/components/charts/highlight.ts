/**
 * Optional: pointing at or focusing a band, mark or bar highlights every drawing of that entry and
 * the entry itself. Without this script nothing is lost; the links work on their own.
 */
const charts = document.querySelector<HTMLElement>('.charts');
if (charts) {
  let current: string | null = null;
  const mark = (id: string, on: boolean) => {
    for (const el of charts.querySelectorAll(`[data-entry="${CSS.escape(id)}"]`)) el.classList.toggle('is-highlighted', on);
    document.getElementById(id)?.classList.toggle('is-highlighted', on);
  };
  const set = (id: string | null) => {
    if (id === current) return;
    if (current) mark(current, false);
    current = id;
    if (id) mark(id, true);
  };
  const entryOf = (t: EventTarget | null) =>
    t instanceof Element ? (t.closest('a[data-entry]')?.getAttribute('data-entry') ?? null) : null;
  charts.addEventListener('pointerover', (e) => set(entryOf(e.target)));
  charts.addEventListener('pointerleave', () => set(null));
  charts.addEventListener('focusin', (e) => set(entryOf(e.target)));
  charts.addEventListener('focusout', () => set(null));
}
