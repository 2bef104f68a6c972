// Builds DOM without innerHTML, so the widget works under a host page's strict CSP (including
// Trusted Types) and no attribute value can ever become markup.
type Child = Node | string | false | null | undefined;
type Props = Record<string, string | number | boolean | ((event: Event) => void) | undefined>;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props?: Props | null,
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(props ?? {})) {
    if (value === undefined || value === false) continue;
    if (typeof value === 'function') el.addEventListener(name.slice(2), value);
    else el.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children) if (child) el.append(child);
  return el;
}

const sheets = new Map<string, CSSStyleSheet>();

/**
 * Styles go in through a constructable stylesheet: a host page's CSP that forbids inline
 * styles does not apply to it. Browsers without one (Safari before 16.4) get a <style>
 * element instead; under a strict CSP they lose the look, never the quick exit.
 */
export function adoptStyles(root: ShadowRoot, css: string): void {
  if ('adoptedStyleSheets' in root && 'replaceSync' in CSSStyleSheet.prototype) {
    let sheet = sheets.get(css);
    if (!sheet) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
      sheets.set(css, sheet);
    }
    root.adoptedStyleSheets = [sheet];
  } else {
    root.append(h('style', null, css));
  }
}
