// The inline snippet: the second way to embed the guide, for a page that must not share its
// first paint with the guide's script. A charity pastes one <script> tag whose attributes say
// what to load (data-src, data-integrity: the pinned bundle and its Subresource Integrity hash)
// and how to set the guide up (data-exit-url and the rest, exactly as on the plain tag); its
// text is this file, minified by scripts/build-widget.mjs.
//
// It asks for the bundle only once the page has loaded. Lighthouse's simulation (Lantern)
// charges the page's largest paint for every request that finished before it, and a first
// request to the guide's origin costs a new connection there (see docs/performance.md); a
// request that starts after `load` cannot be among them. The price: the launcher and Quick exit
// appear only after the page and the bundle have loaded (docs/widget.md says when to choose which).
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

  if (document.readyState === 'complete') load();
  else addEventListener('load', load, { once: true });
})();
