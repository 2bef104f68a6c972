// safe-steps widget: one script tag adds the guide to any page, on any origin.
//
//   <script src="https://GUIDE-HOST/widget.js" defer></script>
//
// Just after the page's next paint it defines the <safe-steps-chat> element and, unless the
// page already has one, adds a floating one (a launcher in the corner). Each renders inside an open shadow root. Nothing is
// stored in the browser: no cookies, no storage, no URL changes; the resume token lives in
// memory only. See docs/widget.md.
import { createChat, type Chat, type ChatOptions } from './chat.js';
import { adoptStyles } from './dom.js';
import { register } from './page.js';
import { unrecorded } from './replay-privacy.js';
import { styles } from './styles.js';
import { DEFAULT_EXIT_URL, DEFAULT_SAFETY_URL, words } from './words.js';

// Only readable while this script first runs.
const script =
  (document.currentScript as HTMLScriptElement | null) ??
  document.querySelector<HTMLScriptElement>('script[src*="/widget."]');
const server = new URL(script?.src || location.href, location.href);
const chatUrl = `${server.protocol === 'https:' ? 'wss:' : 'ws:'}//${server.host}/chat`;
const exitUrl = `${server.origin}/exit`;

/** Only http(s) addresses: a `javascript:` exit URL must never run. */
function webUrl(value: string | null, fallback: string): string {
  try {
    const url = new URL(value || fallback, location.href);
    if (url.protocol === 'https:' || url.protocol === 'http:') return url.href;
  } catch {
    // fall through to the default
  }
  return fallback;
}

/** An element's own attribute wins; then the script tag's; then the default. */
function optionsFor(el: HTMLElement): ChatOptions {
  const data = (name: string) => el.getAttribute(`data-${name}`) ?? script?.getAttribute(`data-${name}`) ?? null;
  const newTab = data('exit-new-tab');
  return {
    mode: (el.getAttribute('mode') ?? data('mode')) === 'inline' ? 'inline' : 'floating',
    flow: el.getAttribute('flow') ?? data('flow') ?? undefined,
    locale: data('locale') === 'cy' ? 'cy' : 'en',
    title: data('title') || words.title,
    exit: { url: webUrl(data('exit-url'), DEFAULT_EXIT_URL), newTab: newTab !== null && newTab !== 'false' },
    safetyUrl: webUrl(data('safety-url'), DEFAULT_SAFETY_URL),
    printTitle: data('print-title') || words.printTitle,
    chatUrl,
    exitUrl,
  };
}

const stops = new WeakMap<HTMLElement, () => void>();

class SafeStepsChat extends HTMLElement {
  connectedCallback(): void {
    if (stops.has(this)) return;
    unrecorded(this);
    const root = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    adoptStyles(root, styles);
    const options = optionsFor(this);
    // The styles key on the attribute, whichever way inline mode was asked for.
    if (options.mode === 'inline') this.setAttribute('mode', 'inline');
    let chat: Chat = createChat(root, options);
    const unregister = register(
      {
        exit: () => chat.exit(),
        reset: () => {
          chat.stop();
          chat = createChat(root, options);
        },
      },
      options.exit,
    );
    stops.set(this, () => {
      chat.stop();
      unregister();
    });
  }

  disconnectedCallback(): void {
    stops.get(this)?.();
    stops.delete(this);
  }
}

/**
 * Runs `draw` once the page has painted its own content, so the guide's drawing never stands
 * between a charity's page and its first paint. A deferred script usually runs after that paint
 * anyway, but from the browser's cache (a second page view) it can run before it, and on a slow
 * phone building the launcher then would hold the page's first paint back. A hidden page (a
 * background tab, a prerender) paints nothing, so there is nothing to wait for.
 */
function afterFirstPaint(draw: () => void): void {
  if (document.visibilityState === 'hidden') draw();
  // The frame callback runs just before the next paint; the task it queues runs after it.
  else requestAnimationFrame(() => setTimeout(draw));
}

afterFirstPaint(() => {
  // A page that includes the script twice still gets one guide.
  if (customElements.get('safe-steps-chat')) return;
  customElements.define('safe-steps-chat', SafeStepsChat);
  const mount = () => {
    if (!document.querySelector('safe-steps-chat')) document.body.append(document.createElement('safe-steps-chat'));
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', mount);
  else mount();
});
