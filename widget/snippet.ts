// The inline snippet: the second way to embed the guide, for a page that must not share its
// first paint with the guide's script. A charity pastes one <script> tag whose attributes say
// what to load (data-src, data-integrity: the pinned bundle and its Subresource Integrity hash)
// and how to set the guide up (data-exit-url and the rest, exactly as on the plain tag); its
// text is this file, minified by scripts/build-widget.mjs.
//
// It asks for the bundle only once the page has loaded and its largest paint has been reported.
// Lighthouse's simulation (Lantern) charges the page's largest paint for every request that
// finished before it, and a first request to the guide's origin costs a new connection there
// (see docs/performance.md); a request that starts after that paint cannot be among them. The
// price: the launcher and Quick exit appear only after the page and then the bundle have loaded
// (docs/widget.md says when to choose which).
//
// Nothing here depends on the charity, the guide's address or the bundle's version, which all
// live in attributes, so the text, and the `script-src 'sha256-…'` that a CSP needs for it, is
// the same for every charity and every release.
interface TrustedTypes {
  createPolicy(name: string, rules: { createScriptURL(): string }): { createScriptURL(input: string): unknown };
}

(() => {
  const tag = document.currentScript as HTMLScriptElement | null;
  const src = tag?.dataset.src;
  if (!tag || !src) return;

  /**
   * The bundle's address as a page enforcing Trusted Types takes it (`require-trusted-types-for
   * 'script'` refuses a plain string as a script's src). The policy can give out nothing but the
   * address in this tag's own attribute. Where it cannot be made (no Trusted Types, or a
   * `trusted-types` list without `safe-steps`), the plain string is all there is.
   */
  const scriptUrl = (): string => {
    const factory = (window as unknown as { trustedTypes?: TrustedTypes }).trustedTypes;
    try {
      if (factory) return factory.createPolicy('safe-steps', { createScriptURL: () => src }).createScriptURL('') as string;
    } catch {
      // fall through to the plain string
    }
    return src;
  };

  const load = (): void => {
    const script = document.createElement('script');
    // The bundle reads its settings from its own tag, as from the plain one.
    for (const { name, value } of Array.from(tag.attributes)) {
      if (name.startsWith('data-') && name !== 'data-src' && name !== 'data-integrity') script.setAttribute(name, value);
    }
    if (tag.dataset.integrity) script.integrity = tag.dataset.integrity;
    script.crossOrigin = 'anonymous';
    script.src = scriptUrl();
    document.head.append(script);
  };

  /**
   * Runs `go` once the page's largest paint so far has been reported. `load` alone is not enough:
   * a page with no images can fire it before its first paint, and the bundle from a nearby
   * server can then arrive before that paint. The report comes after the paint it is about, so
   * the request starts after it. A hidden page paints nothing; a browser without the report
   * (Safari) waits a frame; and a page that paints nothing it would report still gets the guide
   * a second after load.
   */
  const afterLargestPaint = (go: () => void): void => {
    let done = false;
    let observer: PerformanceObserver | undefined;
    const once = () => {
      if (done) return;
      done = true;
      observer?.disconnect();
      go();
    };
    if (document.visibilityState === 'hidden') return once();
    if (typeof PerformanceObserver === 'function' && PerformanceObserver.supportedEntryTypes?.includes('largest-contentful-paint')) {
      observer = new PerformanceObserver(once);
      observer.observe({ type: 'largest-contentful-paint', buffered: true });
    } else {
      requestAnimationFrame(() => setTimeout(once));
    }
    setTimeout(once, 1000);
  };

  const start = () => afterLargestPaint(load);
  if (document.readyState === 'complete') start();
  else addEventListener('load', start, { once: true });
})();
