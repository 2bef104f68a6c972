// What belongs to the whole page rather than to one widget: the quick exit (by button, by
// Shift pressed three times, by the skip link that is first in tab order), the status message
// that counts Shift presses, and a clean reset if the browser brings the page back from its
// back-forward cache after an exit.
import { adoptStyles, h } from './dom.js';
import { SHIFT_WINDOW_MS, shiftCounter } from './shift-counter.js';
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
let kitRoot: ShadowRoot | undefined;
let status: HTMLElement | undefined;
let oldTitle = '';
let statusTimer: ReturnType<typeof setTimeout> | undefined;
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
  for (const widget of mounted) widget.exit();
  // GOV.UK smart answers' variant: the neutral site in a new tab too, whose Back leads nowhere.
  if (to.newTab) window.open(to.url, '_blank', 'noopener');
  location.replace(to.url);
}

function installKit(): void {
  const host = document.createElement('safe-steps-exit');
  kitRoot = host.attachShadow({ mode: 'open' });
  adoptStyles(kitRoot, skipStyles);
  buildKit();
  // First in the body, so the skip link is the first thing Tab reaches.
  document.body.prepend(host);
  addEventListener('keyup', onKeyup, true);
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
  status = h('div', { class: 'toast', role: 'status' });
  // In a landmark of its own, so it is found like the page's other navigation.
  kitRoot.replaceChildren(h('nav', { 'aria-label': words.exit }, skip), status);
}

function onKeyup(event: KeyboardEvent): void {
  if (exited) return;
  const left = shift.keyup(event);
  if (left === 0) return quickExit();
  if (!status || (left === undefined && !status.textContent)) return;
  status.textContent = left === undefined ? '' : words.shiftLeft(left);
  clearTimeout(statusTimer);
  // The count lapses after 5 seconds; so does the message about it.
  statusTimer = setTimeout(() => status && (status.textContent = ''), SHIFT_WINDOW_MS);
}

function onPageshow(event: PageTransitionEvent): void {
  if (!event.persisted || !exited) return;
  exited = false;
  shift.reset();
  document.documentElement.style.removeProperty('visibility');
  document.title = oldTitle;
  buildKit();
  for (const widget of mounted) widget.reset();
}
