// Page-owned recorder (not the extension's): what the app code received and sent, and when the
// Consent Guard dialog host appeared. Loaded before the app code of every fixture page.
(() => {
  const fx = (window.__fixture = { seen: [], attachAt: null, dialogAt: null, status: 'idle' });
  const statusEl = () => document.getElementById('status');
  fx.setStatus = (s) => {
    // A timeline for a failed test's console.txt.
    console.info(`[fixture] status ${s} at ${Math.round(performance.now())} ms`);
    fx.status = s;
    const el = statusEl();
    if (el) { el.textContent = s; el.dataset.status = s; }
  };
  fx.markAttach = () => { fx.attachAt = performance.now(); fx.dialogAt = null; };
  new MutationObserver(() => {
    if (fx.dialogAt === null && document.querySelector('[data-consent-guard]')) fx.dialogAt = performance.now();
  }).observe(document, { childList: true, subtree: true });
  /** Uploads at once, as Mastodon (axios XHR) and X do on attach. */
  fx.upload = (files, via, transport = 'xhr') => {
    files = [...files];
    for (const f of files) fx.seen.push({ via, name: f.name, type: f.type, size: f.size });
    if (files.length === 0) return fx.setStatus('nothing');
    const form = new FormData();
    files.forEach((f, i) => form.append('file' + i, f, f.name));
    fx.setStatus('uploading');
    if (transport === 'fetch') {
      fetch('/upload/' + via, { method: 'POST', body: form }).then(() => fx.setStatus('uploaded ' + files.length), () => fx.setStatus('upload failed'));
      return;
    }
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/upload/' + via);
    xhr.upload.onprogress = () => {};
    xhr.onload = () => fx.setStatus('uploaded ' + files.length);
    xhr.onerror = () => fx.setStatus('upload failed');
    xhr.send(form);
  };
})();
