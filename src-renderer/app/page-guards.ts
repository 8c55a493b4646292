/**
 * The in-page half of the kiosk lock-down. The Electron main process refuses navigation and new
 * windows on its own; in the browser shell nothing outside the page can, so the page keeps
 * itself in place: no context menu (a long press on a touch screen opens it), no dragging files
 * in or links out, no links to other sites or new windows, no Ctrl+wheel or Ctrl +/− zoom.
 * The CSP (served by both shells) already blocks remote scripts, requests and form posts.
 */
export function installPageGuards(win: Window = window): () => void {
  const doc = win.document;
  const here = new URL(win.location.href);
  const isHere = (href: string): boolean => {
    try {
      const url = new URL(href, here);
      return url.protocol === here.protocol && url.host === here.host;
    } catch {
      return false;
    }
  };

  const stop = (event: Event) => event.preventDefault();
  const onDragOver = (event: DragEvent) => {
    event.preventDefault();
    if (event.dataTransfer) event.dataTransfer.dropEffect = 'none';
  };
  const onLink = (event: MouseEvent) => {
    const target = event.target instanceof Element ? event.target.closest('a[href], area[href]') : null;
    if (!target) return;
    const href = target.getAttribute('href') ?? '';
    const newWindow = (target.getAttribute('target') ?? '_self') !== '_self' || event.type === 'auxclick';
    if (newWindow || !isHere(href)) event.preventDefault();
  };
  const onWheel = (event: WheelEvent) => {
    if (event.ctrlKey) event.preventDefault();
  };
  const onKey = (event: KeyboardEvent) => {
    if ((event.ctrlKey || event.metaKey) && ['+', '-', '=', '_', '0'].includes(event.key)) event.preventDefault();
  };

  const listeners: [string, EventListener, AddEventListenerOptions][] = [
    ['contextmenu', stop, { capture: true }],
    ['dragstart', stop, { capture: true }],
    ['dragover', onDragOver as EventListener, { capture: true }],
    ['drop', stop, { capture: true }],
    ['click', onLink as EventListener, { capture: true }],
    ['auxclick', onLink as EventListener, { capture: true }],
    ['wheel', onWheel as EventListener, { capture: true, passive: false }],
    ['keydown', onKey as EventListener, { capture: true }],
  ];
  for (const [type, fn, options] of listeners) doc.addEventListener(type, fn, options);

  // No new windows: window.open answers as a popup blocker does.
  const originalOpen = win.open;
  win.open = () => null;

  return () => {
    for (const [type, fn, options] of listeners) doc.removeEventListener(type, fn, options);
    win.open = originalOpen;
  };
}
