// What belongs to the whole page rather than to one widget: the quick exit (by button, by
// Shift pressed three times, by the skip link that is first in tab order), the status message
// that counts Shift presses, and forgetting on the way out. A conversation belongs to one page
// view: when the page is hidden for another (a link, Back, a quick exit elsewhere), the guide
// tells the server to forget and clears its screen, so the back-forward cache cannot bring the
// conversation back; a page restored from that cache starts clean.
import { adoptStyles, h } from './dom.js';
import { SHIFT_WINDOW_MS, shiftCounter } from './shift-counter.js';
import { unrecorded } from './replay-privacy.js';
import { skipStyles } from './styles.js';
import { words } from './words.js';

export interface Mounted {
  /** Blanks the widget, tells the server to forget, stops reconnecting. */
  exit(): void;
  /** Builds the widget afresh, as on first load. */
  reset(): void;
}

export interface ExitTarget {
  url: string;
  newTab: boolean;
}

const mounted = new Set<Mounted>();
let target: ExitTarget | undefined;
let exited = false;
/** The page was hidden with the guide cleared: it must be rebuilt if the page is shown again. */
let cleared = false;
let kitRoot: ShadowRoot | undefined;
let status: HTMLElement | undefined;
let oldTitle = '';
let noReferrer: HTMLMetaElement | undefined;
let statusTimer: ReturnType<typeof setTimeout> | undefined;
let lapseTimer: ReturnType<typeof setTimeout> | undefined;
const shift = shiftCounter();

export function register(widget: Mounted, exitTarget: ExitTarget): () => void {
  mounted.add(widget);
  if (!target) {
    target = exitTarget;
    installKit();
  }
  return () => mounted.delete(widget);
}

/** Leaves at once: blank everything, forget on the server, replace this page in history. */
export function quickExit(to: ExitTarget | undefined = target): void {
  if (exited || !to) return;
  exited = true;
  const html = document.documentElement;
  html.style.setProperty('visibility', 'hidden', 'important');
  oldTitle = document.title;
  document.title = '';
  kitRoot?.replaceChildren();
  forgetAll();
  // The neutral site must not learn which page the person left (the Referer header).
  noReferrer = document.createElement('meta');
  noReferrer.name = 'referrer';
  noReferrer.content = 'no-referrer';
  document.head.append(noReferrer);
  // GOV.UK smart answers' variant: the neutral site in a new tab too, whose Back leads nowhere.
  if (to.newTab) window.open(to.url, '_blank', 'noopener,noreferrer');
  location.replace(to.url);
}

function forgetAll(): void {
  cleared = true;
  clearCount();
  for (const widget of mounted) widget.exit();
}

function installKit(): void {
  const host = unrecorded(document.createElement('safe-steps-exit'));
  kitRoot = host.attachShadow({ mode: 'open' });
  adoptStyles(kitRoot, skipStyles);
  buildKit();
  // First in the body, so the skip link is the first thing Tab reaches.
  document.body.prepend(host);
  addEventListener('keydown', onKeydown, true);
  addEventListener('keyup', onKeyup, true);
  // A key released while the window had no focus never reaches it: start counting afresh.
  addEventListener('blur', () => shift.reset());
  addEventListener('pagehide', onPagehide);
  addEventListener('pageshow', onPageshow);
}

function buildKit(): void {
  if (!kitRoot || !target) return;
  const skip = h(
    'a',
    {
      class: 'skip',
      href: target.url,
      onclick: (event) => {
        event.preventDefault();
        quickExit();
      },
    },
    words.skip,
  );
  // In the accessibility tree from the start (visually hidden while empty), so the first
  // message is announced: a live region that appears with its message is often missed.
  status = h('div', { class: 'toast', role: 'status' });
  // In a landmark of its own, so it is found like the page's other navigation.
  kitRoot.replaceChildren(h('nav', { 'aria-label': words.exit }, skip), status);
}

function say(text: string): void {
  if (!status) return;
  status.textContent = text;
  clearTimeout(statusTimer);
  if (text) statusTimer = setTimeout(() => status && (status.textContent = ''), SHIFT_WINDOW_MS);
}

function clearCount(): void {
  shift.reset();
  clearTimeout(lapseTimer);
  clearTimeout(statusTimer);
  if (status) status.textContent = '';
}

function onKeydown(event: KeyboardEvent): void {
  if (!exited) shift.keydown(event);
}

function onKeyup(event: KeyboardEvent): void {
  if (exited) return;
  const wasCounting = shift.counting;
  const left = shift.keyup(event);
  if (left === 0) return quickExit();
  if (left === undefined) {
    // Another key ended the count: its message goes with it.
    if (wasCounting && !shift.counting) clearCount();
    return;
  }
  say(words.shiftLeft(left));
  if (left === 2) {
    // The count lapses 5 seconds after its first press, and the person is told so, as GOV.UK does.
    clearTimeout(lapseTimer);
    lapseTimer = setTimeout(() => {
      shift.reset();
      say(words.shiftLapsed);
    }, SHIFT_WINDOW_MS);
  }
}

function onPagehide(): void {
  // Whatever the reason the page goes, the conversation goes with it: the server forgets,
  // and a copy of this page kept in the back-forward cache holds nothing of it.
  if (!exited) forgetAll();
}

function onPageshow(event: PageTransitionEvent): void {
  if (!event.persisted || !cleared) return;
  cleared = false;
  clearCount();
  if (exited) {
    exited = false;
    noReferrer?.remove();
    document.documentElement.style.removeProperty('visibility');
    document.title = oldTitle;
  }
  buildKit();
  for (const widget of mounted) widget.reset();
}
