// safe-steps widget, first version: one script tag adds a launcher and a chat panel to any
// page. It lives in a shadow root so the host page's styles cannot break it. Nothing is stored
// in the browser: the resume token lives in this closure only.
import { styles } from './styles.js';

interface Contact { id: string; name: string; number: string; tel?: string; hours: string; openNow: boolean }
interface Message { text: string; source?: string; contact?: Contact }
interface Choice { id: string; label: string; global?: boolean }
interface Step {
  type: 'step'; token: string; flow: string; node: string; messages: Message[]; choices: Choice[];
  canGoBack: boolean; final: boolean; progress?: { step: number; of: number };
}
type ServerFrame = Step | { type: 'error'; code: string; message: string } | { type: 'bye' };

const script = (document.currentScript as HTMLScriptElement | null) ??
  document.querySelector<HTMLScriptElement>('script[src*="widget.js"]');
const origin = script ? new URL(script.src, location.href) : new URL(location.href);
const chatUrl = `${origin.protocol === 'https:' ? 'wss:' : 'ws:'}//${origin.host}/chat`;
const exitUrl = script?.dataset.exitUrl || 'https://www.bbc.co.uk/weather';
const title = script?.dataset.title || 'What happens next';

const host = document.createElement('div');
host.setAttribute('data-safe-steps', '');
const root = host.attachShadow({ mode: 'open' });
// A constructed stylesheet, not a <style> element, so a strict Content-Security-Policy allows it.
const sheet = new CSSStyleSheet();
sheet.replaceSync(styles);
root.adoptedStyleSheets = [sheet];
root.innerHTML = `<div class="launcher">
  <button type="button" class="open" aria-expanded="false" aria-controls="panel">${title}</button>
  <button type="button" class="exit">Quick exit</button>
</div>
<section id="panel" class="panel" role="dialog" aria-label="${title}" hidden>
  <header>
    <h2>${title}</h2>
    <button type="button" class="exit">Quick exit</button>
    <button type="button" class="close" aria-label="Close the guide">×</button>
  </header>
  <div class="log" aria-live="polite"></div>
  <div class="choices" role="group" aria-label="Choices"></div>
  <div class="nav">
    <button type="button" class="back">Back</button>
    <button type="button" class="restart">Start again</button>
  </div>
  <form class="say">
    <label for="say-text">Or type your question</label>
    <input id="say-text" name="text" maxlength="500" autocomplete="off">
    <button type="submit">Send</button>
  </form>
</section>`;

const $ = <T extends Element>(selector: string) => root.querySelector(selector) as T;
const panel = $<HTMLElement>('.panel');
const openButton = $<HTMLButtonElement>('.open');
const log = $<HTMLElement>('.log');
const choicesBox = $<HTMLElement>('.choices');
const backButton = $<HTMLButtonElement>('.back');
const form = $<HTMLFormElement>('.say');
const input = $<HTMLInputElement>('#say-text');

let socket: WebSocket | undefined;
let token: string | undefined;
let exiting = false;

function connect(): void {
  socket = new WebSocket(chatUrl);
  socket.onopen = () => send(token ? { type: 'start', resume: token } : { type: 'start' });
  socket.onmessage = (event) => receive(JSON.parse(String(event.data)) as ServerFrame);
  socket.onclose = () => {
    socket = undefined;
    if (!exiting && !panel.hidden) setTimeout(connect, 1000);
  };
}

function send(frame: object): void {
  if (socket?.readyState === WebSocket.OPEN) socket.send(JSON.stringify(frame));
}

function receive(frame: ServerFrame): void {
  if (frame.type === 'step') {
    token = frame.token;
    renderStep(frame);
  } else if (frame.type === 'error') {
    if (frame.code !== 'expired') addNote(frame.message);
  }
}

function addNote(text: string): void {
  const p = document.createElement('p');
  p.className = 'note';
  p.textContent = text;
  log.append(p);
}

function renderStep(step: Step): void {
  const block = document.createElement('div');
  block.className = 'step';
  block.tabIndex = -1;
  if (step.progress) {
    const progress = document.createElement('p');
    progress.className = 'progress';
    progress.textContent = `Step ${step.progress.step} of ${step.progress.of}`;
    block.append(progress);
  }
  for (const message of step.messages) {
    const p = document.createElement('p');
    p.textContent = message.text;
    block.append(p);
    if (message.contact?.tel) {
      const a = document.createElement('a');
      a.className = 'call';
      a.href = `tel:${message.contact.tel}`;
      a.textContent = `Call ${message.contact.name}: ${message.contact.number}`;
      const hours = document.createElement('span');
      hours.className = 'hours';
      hours.textContent = message.contact.openNow ? `Open now. ${message.contact.hours}` : `Closed now. ${message.contact.hours}`;
      block.append(a, hours);
    }
  }
  log.append(block);
  choicesBox.replaceChildren(
    ...step.choices.map((choice) => {
      const button = document.createElement('button');
      button.type = 'button';
      button.textContent = choice.label;
      if (choice.global) button.className = choice.id === 'danger' ? 'danger' : 'global';
      button.onclick = () => send({ type: 'choose', choice: choice.id });
      return button;
    }),
  );
  backButton.disabled = !step.canGoBack;
  block.focus();
}

function open(): void {
  panel.hidden = false;
  openButton.setAttribute('aria-expanded', 'true');
  if (!socket) connect();
}

function close(): void {
  panel.hidden = true;
  openButton.setAttribute('aria-expanded', 'false');
  openButton.focus();
}

function quickExit(): void {
  exiting = true;
  host.remove();
  document.documentElement.style.visibility = 'hidden';
  send({ type: 'exit' });
  token = undefined;
  location.replace(exitUrl);
}

openButton.onclick = () => (panel.hidden ? open() : close());
$<HTMLButtonElement>('.close').onclick = close;
for (const button of root.querySelectorAll<HTMLButtonElement>('.exit')) button.onclick = quickExit;
backButton.onclick = () => send({ type: 'back' });
$<HTMLButtonElement>('.restart').onclick = () => {
  log.replaceChildren();
  send({ type: 'restart' });
};
form.onsubmit = (event) => {
  event.preventDefault();
  const text = input.value.trim();
  if (!text) return;
  send({ type: 'say', text });
  input.value = '';
};
panel.addEventListener('keydown', (event) => {
  if (event.key === 'Escape') close();
});

document.body.append(host);
