// One guide on the page: a launcher and a chat panel (floating mode), or a walkthrough in the
// page's own flow (inline mode). It renders `step` frames as messages and real buttons, sends
// the person's choices, keeps focus on the newest content and announces it once, and carries
// on through network trouble without showing anything twice.
import type { ChoiceOut, ContactOut, MessageOut, ServerFrame, StepFrame } from '../../server/protocol.js';
import { openLink, type Link, type LinkState } from './connection.js';
import { h } from './dom.js';
import { isListScreen, listContent, placedInList } from './my-list.js';
import { cancelPrint } from './print.js';
import { quickExit, type ExitTarget } from './page.js';
import { reader } from './read-aloud.js';
import { unrecorded } from './replay-privacy.js';
import { offlineContacts, words } from './words.js';

export interface ChatOptions {
  mode: 'floating' | 'inline';
  /** Flow to start in (inline walkthroughs); the main menu if absent or unknown. */
  flow?: string;
  locale: 'en' | 'cy';
  title: string;
  exit: ExitTarget;
  safetyUrl: string;
  chatUrl: string;
  /** POST /exit on the guide's server: quick exit that works without the socket. */
  exitUrl: string;
  /** The neutral title a printed "My list" carries (`data-print-title`). */
  printTitle: string;
}

export interface Chat {
  /** Quick exit: tell the server to forget, then blank. */
  exit(): void;
  /** Stop quietly (the element left the page). */
  stop(): void;
}

/** Oldest entries leave the log beyond this, so a long conversation stays light. */
const LOG_LIMIT = 60;

export function createChat(root: ShadowRoot, o: ChatOptions): Chat {
  const inline = o.mode === 'inline';
  const speech = reader();
  let link: Link | undefined;
  let token: string | undefined;
  let last: StepFrame | undefined;
  /** An answer is on its way; a second tap is ignored rather than sent against a stale screen. */
  let waiting = false;
  let clearLog = false;
  /** The person acted, so focus follows the answer. */
  let moveFocus = false;
  let flowUnknown = false;
  /**
   * An action taken while the link lay dormant (closed for silence): sent once the new socket
   * has resumed the conversation, so the server applies it to the screen the person saw.
   */
  let pending: { frame: object; echo?: string; echoPrefix?: string } | undefined;
  /** Notes (errors) shown since the last step; inline mode keeps them above the next one. */
  let notes: HTMLElement[] = [];

  const button = (label: string, cls: string, onclick: () => void, extra: Record<string, string | boolean> = {}) =>
    h('button', { type: 'button', class: cls, onclick, ...extra }, label);
  const exitButton = () => button(words.exit, 'exit', () => quickExit(o.exit));

  const live = h('div', { class: 'sr', 'aria-live': 'polite' });
  const status = h('p', { class: 'status', role: 'status' });
  const offline = h(
    'div',
    { class: 'offline', tabindex: -1, hidden: true },
    h('p', null, words.offlineHelp),
    ...offlineContacts.map(contactLink),
  );
  const notice = h(
    'div',
    { class: 'notice' },
    h('p', null, words.noticeExit),
    h(
      'p',
      null,
      `${words.noticeHistory} `,
      h('a', { href: o.safetyUrl, target: '_blank', rel: 'noopener noreferrer' }, words.safetyLink),
    ),
  );
  const log = h('div', { class: 'log' });
  const choices = h('div', { class: 'choices', role: 'group', 'aria-label': 'Choices' });
  const back = button(words.back, '', () => act({ type: 'back' }), { hidden: true });
  const restart = button(words.restart, '', () => {
    if (act({ type: 'restart' })) clearLog = true;
  });
  const read = button(words.read, '', toggleReading, { hidden: !speech.available });
  // Typing is acting: a dormant link dials now, so the message need not wait for it.
  const input = unrecorded(
    h('input', { id: 'say', name: 'text', maxlength: 500, autocomplete: 'off', enterkeyhint: 'send', oninput: () => link?.wake() }),
    true,
  );
  const form = h(
    'form',
    { class: 'say', onsubmit: onSay },
    h('label', { for: 'say' }, words.sayLabel),
    h('div', { class: 'row' }, input, h('button', { type: 'submit' }, words.send)),
  );
  // "I'm in danger now" comes straight after the newest answer in tab order (where focus
  // lands), yet shows at the bottom for thumbs: it is laid over a hidden twin that holds its
  // place in the foot, so the two are always the same size.
  const danger = button(words.danger, 'danger lifted', onDanger);
  const dangerTwin = button(words.danger, 'danger-twin', () => undefined, { tabindex: '-1', 'aria-hidden': 'true' });
  const foot = h('div', { class: 'foot' }, dangerTwin);
  const tools = h('div', { class: 'tools' }, back, restart, read);
  const body = h('div', { class: 'body' }, notice, log, danger, choices, tools, form);
  const heading = h('h2', { id: 'title', tabindex: -1 }, o.title);
  const inner = [status, offline, body, foot, live];

  let panel: HTMLElement | undefined;
  let opener: HTMLButtonElement | undefined;
  if (inline) {
    root.replaceChildren(
      unrecorded(
        h('section', { class: 'w inline', lang: 'en-GB', 'aria-labelledby': 'title' }, h('div', { class: 'head' }, heading, exitButton()), ...inner),
      ),
    );
    showIntro();
  } else {
    opener = button(o.title, 'open', () => (panel?.hidden ? show() : hide()), { 'aria-expanded': 'false', 'aria-controls': 'panel' });
    panel = h(
      'section',
      { id: 'panel', class: 'panel', role: 'dialog', 'aria-labelledby': 'title', hidden: true, onkeydown: onPanelKey },
      h('div', { class: 'head' }, heading, exitButton(), button('×', 'close', hide, { 'aria-label': words.close })),
      ...inner,
    );
    root.replaceChildren(
      unrecorded(h('aside', { class: 'w', lang: 'en-GB', 'aria-label': o.title }, h('div', { class: 'launcher' }, opener, exitButton()), panel)),
    );
  }

  /**
   * Inline mode opens no socket until the person acts: a page that merely shows the
   * walkthrough costs the guide nothing, and nothing is said to the server about a visit.
   */
  function showIntro(): void {
    const begin = button(words.begin, 'primary', () => {
      if (link) return;
      begin.setAttribute('aria-disabled', 'true');
      moveFocus = true;
      connect();
    });
    log.replaceChildren(h('div', { class: 'intro' }, h('p', null, words.intro)));
    choices.replaceChildren(begin);
    tools.hidden = true;
    form.hidden = true;
  }

  function show(): void {
    if (!panel || !opener) return;
    panel.hidden = false;
    opener.setAttribute('aria-expanded', 'true');
    (lastStep() ?? heading).focus();
    if (!link) {
      moveFocus = true;
      connect();
    } else link.wake();
  }

  function hide(): void {
    if (!panel || !opener) return;
    panel.hidden = true;
    opener.setAttribute('aria-expanded', 'false');
    speech.stop();
    opener.focus();
  }

  function onPanelKey(event: Event): void {
    // Escape closes the panel, never the page, and the host page does not see it.
    if ((event as KeyboardEvent).key !== 'Escape') return;
    event.stopPropagation();
    hide();
  }

  function connect(): void {
    link = openLink(o.chatUrl, { open: start, frame: onFrame, state: onState });
  }

  function start(): void {
    const flow = o.flow && !flowUnknown ? { flow: o.flow } : {};
    // After a reconnect the server carries on from the token; if it has forgotten, it starts
    // the named flow (or the menu) afresh and says so.
    link?.send({ type: 'start', locale: o.locale, ...flow, ...(token ? { resume: token } : {}) });
  }

  function onState(state: LinkState): void {
    status.textContent =
      state === 'connecting' ? words.connecting
      : state === 'retrying' ? words.reconnecting
      : state === 'unreachable' ? words.unreachable
      : '';
    offline.hidden = state !== 'unreachable';
    if (state !== 'open') {
      waiting = false;
      pending = undefined;
    }
  }

  function onFrame(frame: ServerFrame): void {
    if (frame.type === 'step') {
      token = frame.token;
      link?.working();
      if (pending && resumedAsShown(frame)) return sendPending();
      pending = undefined;
      waiting = false;
      render(frame);
    } else if (frame.type === 'error') {
      waiting = false;
      if (frame.code === 'unknown_flow' && !flowUnknown) {
        flowUnknown = true;
        return start();
      }
      if (frame.code === 'expired') token = undefined;
      note(frame.message);
    }
  }

  /** Whether a step is the screen the person last saw (so it is already on screen). */
  function resumedAsShown(step: StepFrame): boolean {
    return last !== undefined && last.flow === step.flow && last.node === step.node;
  }

  function sendPending(): void {
    const action = pending;
    pending = undefined;
    waiting = Boolean(action && link?.send(action.frame));
    if (waiting) echoAction(action?.echoPrefix, action?.echo);
  }

  function echoAction(echoPrefix?: string, echo?: string): void {
    if (echo && echoPrefix && !inline) {
      log.append(h('p', { class: 'you' }, h('span', null, h('span', { class: 'sr' }, echoPrefix), echo)));
    }
  }

  function note(text: string): void {
    const p = h('p', { class: 'note' }, text);
    notes.push(p);
    log.append(p);
    live.textContent = text;
  }

  function render(step: StepFrame): void {
    const hadFocus = root.activeElement !== null;
    const before = clearLog ? undefined : last;
    if (clearLog) log.replaceChildren();
    clearLog = false;
    // A step repeated (after a reconnect, or typed text that found nothing) shows only what
    // it did not show before.
    // "My list" is always drawn whole, replacing the last one; older Remove buttons would be stale.
    const listed = isListScreen(step);
    const emptied = before !== undefined && isListScreen(before) && before.flow === step.flow && before.node === step.node;
    for (const old of log.querySelectorAll(listed || emptied ? '.mylist' : '.mylist button')) old.remove();
    const same = !listed && before && before.flow === step.flow && before.node === step.node;
    // Inline mode replaces the step it shows, so a repeat must bring the whole step back, not
    // only its new note ("Added to My list", "I did not understand").
    const seen = new Set(same && !inline ? before.messages.map((m) => m.text) : []);
    const fresh = step.messages.filter((m) => !seen.has(m.text));

    let block: HTMLElement | undefined;
    tools.hidden = false;
    form.hidden = false;
    if (!same || fresh.length > 0) {
      const label = step.progress ? words.step(step.progress.step, step.progress.of) : undefined;
      block = h(
        'div',
        { class: listed ? 'step mylist' : 'step', tabindex: -1, role: 'group', 'aria-label': label ?? words.reply },
        label && h('p', { class: 'progress' }, label),
        ...(listed ? listContent(step, listParts) : fresh.map(message)),
      );
      if (inline) log.replaceChildren(...notes, block);
      else log.append(block);
      while (log.childElementCount > LOG_LIMIT) log.firstElementChild?.remove();
      live.textContent = [label, ...fresh.map((m) => m.text)].filter(Boolean).join(' ');
      speech.stop();
    }
    notes = [];
    last = step;
    renderChoices(step);

    const visible = inline || !panel?.hidden;
    if (visible && (moveFocus || hadFocus)) {
      if (block) block.focus();
      else if (root.activeElement === null) lastStep()?.focus();
    }
    moveFocus = false;
  }

  function renderChoices(step: StepFrame): void {
    const dangerChoice = step.choices.find((c) => c.role === 'danger');
    const own = step.choices.filter((c) => c !== dangerChoice);
    danger.textContent = dangerTwin.textContent = dangerChoice?.label ?? words.danger;
    danger.hidden = foot.hidden = !dangerChoice;

    const walk = step.progress !== undefined;
    const next = walk ? own.find((c) => c.role === 'next') : undefined;
    const previous = walk ? own.find((c) => c.role === 'previous') : undefined;
    const nodes: Node[] = [];
    if (walk) {
      const prevButton = previous ? choiceButton(previous, '')
        : step.canGoBack ? button(words.previous, '', () => act({ type: 'back' }))
        : undefined;
      nodes.push(h('div', { class: 'nav' }, prevButton, next && choiceButton(next, 'primary')));
    }
    for (const c of own) if (c !== next && c !== previous && !placedInList(step, c)) nodes.push(choiceButton(c, ''));
    choices.replaceChildren(...nodes);
    // In a walkthrough "Previous" takes Back's place: two ways back would only confuse.
    back.hidden = !step.canGoBack || walk;
  }

  const listParts = {
    message,
    choiceButton: (c: ChoiceOut) => choiceButton(c, 'remove'),
    printTitle: o.printTitle,
    printed: () => void link?.send({ type: 'printed' }),
  };

  function choiceButton(choice: ChoiceOut, cls: string): HTMLButtonElement {
    return button(choice.label, cls, () => act({ type: 'choose', choice: choice.id }, words.youChose, choice.label));
  }

  /**
   * Sends a person's action; false if it could not go (offline, or an answer is still coming).
   * On a dormant link it dials again and holds the action until the conversation is resumed.
   */
  function act(frame: object, echoPrefix?: string, echo?: string): boolean {
    if (waiting || !link) return false;
    if (link.send(frame)) echoAction(echoPrefix, echo);
    else if (link.dormant) {
      pending = { frame, echoPrefix, echo };
      link.wake();
    } else return false;
    waiting = true;
    moveFocus = true;
    return true;
  }

  function onSay(event: Event): void {
    event.preventDefault();
    const text = input.value.trim();
    if (text && act({ type: 'say', text }, words.youWrote, text)) input.value = '';
  }

  function onDanger(): void {
    const choice = last?.choices.find((c) => c.role === 'danger');
    if (choice && act({ type: 'choose', choice: choice.id }, words.youChose, danger.textContent ?? '')) return;
    // Not connected: the numbers are in the bundle, so show them here and now.
    offline.hidden = false;
    offline.focus();
  }

  function toggleReading(): void {
    if (read.textContent === words.stopReading) return speech.stop();
    if (!last) return;
    const lines = last.messages.map((m) => (m.contact ? `${m.text} ${m.contact.name}: ${m.contact.number}.` : m.text));
    if (last.progress) lines.unshift(words.step(last.progress.step, last.progress.of));
    read.textContent = words.stopReading;
    speech.read(lines.join('\n'), () => (read.textContent = words.read));
  }

  function lastStep(): HTMLElement | null {
    const steps = log.querySelectorAll<HTMLElement>('.step');
    return steps[steps.length - 1] ?? null;
  }

  return {
    exit() {
      speech.stop();
      cancelPrint();
      link?.send({ type: 'exit' });
      // The socket may be down, dormant or reconnecting: the beacon forgets the conversation
      // anyway, and the browser sends it even as the page goes.
      if (token) {
        try {
          navigator.sendBeacon(o.exitUrl, token);
        } catch {
          // No beacon here: the socket's exit, when it could go, is all there is.
        }
      }
      link?.stop();
      link = undefined;
      token = undefined;
      root.replaceChildren();
    },
    stop() {
      speech.stop();
      cancelPrint();
      link?.stop();
      link = undefined;
    },
  };
}

function message(m: MessageOut): HTMLElement {
  return h(
    'div',
    { class: 'msg' },
    h('p', null, m.text),
    m.contact && contactLink(m.contact),
    m.source && h('p', { class: 'src' }, words.source + (m.sourceTitle ?? m.source)),
  );
}

/** A number as a big call link with whether the line is open now. */
function contactLink(c: ContactOut): HTMLElement {
  const parts = [
    h('span', null, c.name),
    h('span', { class: 'n' }, c.number),
    h('span', { class: 'h' }, `${c.hoursKnown === false ? words.hoursUnknown : c.openNow ? words.openNow : words.closedNow}. ${c.hours}`),
  ];
  return c.tel ? h('a', { class: 'call', href: `tel:${c.tel}` }, ...parts) : h('p', { class: 'call' }, ...parts);
}
