// Loads the build with every view when the first-load build asks for it (see
// src/browser/all_views.rs, which calls this, and src/state/handover.rs). Loaded once;
// a failed load is forgotten so that "Try again" starts afresh. Paths resolve against
// the page. The wasm and the stylesheet are checked against their integrity.
let pending = null;

window.yardstickLoadAllViews = (js, wasm, integrity, css, cssIntegrity) => {
  if (pending) return pending;
  const at = (path) => new URL(path, document.baseURI).href;
  const stylesheet = !css
    ? Promise.resolve()
    : new Promise((resolve, reject) => {
        const link = document.createElement("link");
        link.rel = "stylesheet";
        if (cssIntegrity) link.integrity = cssIntegrity;
        link.href = at(css);
        link.onload = () => resolve();
        link.onerror = () => {
          link.remove();
          reject(new Error(`cannot load ${css}`));
        };
        document.head.append(link);
      });
  const code = import(at(js)).then((module) =>
    module.default({ module_or_path: fetch(at(wasm), integrity ? { integrity } : {}) }).then(() => module),
  );
  pending = Promise.all([code, stylesheet]).then(([module]) => module);
  pending.catch(() => {
    pending = null;
  });
  return pending;
};
