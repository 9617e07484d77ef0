// DroitConso, on the host page: sizes each <iframe data-droitconso> to the height its page reports.
// A message counts only if it comes from that iframe's own window, with the origin that iframe has
// (its src's origin, or "null" when sandboxed without allow-same-origin), and holds only a number.
// Nothing is sent to the iframe: it never learns the host page's address from this script.
(() => {
  addEventListener('message', (e) => {
    const d = e.data;
    if (!d || d.droitconso !== 'height' || typeof d.height !== 'number' || !isFinite(d.height)) return;
    for (const frame of document.querySelectorAll('iframe[data-droitconso]')) {
      if (e.source !== frame.contentWindow) continue;
      const opaque = frame.hasAttribute('sandbox') && !frame.sandbox.contains('allow-same-origin');
      if (e.origin !== (opaque ? 'null' : new URL(frame.src, location.href).origin)) return;
      frame.style.height = Math.min(Math.max(Math.round(d.height), 200), 20000) + 'px';
    }
  });
})();
