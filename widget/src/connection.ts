// One WebSocket to the guide that comes back by itself: after a drop (a server restart closes
// with 1012, an oversized frame with 1009, a phone changing network with nothing) it dials
// again with growing, jittered delays (backoff.ts), and says how things stand so the widget
// can stay calm. A socket counts as working only once a step came over it or it stayed up for
// a while, so a server that accepts and then closes still ends in "unreachable".
// A socket the server closed for silence (1000 "idle") is not redialled: redialling would
// defeat the idle timeout. The link lies dormant until the person acts and the widget wakes it.
import type { ServerFrame } from '../../server/protocol.js';
import { MIN_UPTIME_MS, UNREACHABLE_AFTER, retryDelay } from './backoff.js';

/**
 * connecting: first dial; retrying: lost, trying again; unreachable: several tries failed;
 * dormant: closed for silence, nothing wrong, dials again on wake().
 */
export type LinkState = 'connecting' | 'open' | 'retrying' | 'unreachable' | 'dormant';

export interface LinkEvents {
  open(): void;
  frame(frame: ServerFrame): void;
  state(state: LinkState): void;
}

export interface Link {
  /** Sends a frame if the socket is open; false if it could not be sent. */
  send(frame: object): boolean;
  /** Whether the link is dormant (closed for silence) and has not been woken yet. */
  readonly dormant: boolean;
  /** Dials again if dormant; quietly, since nothing went wrong. Does nothing otherwise. */
  wake(): void;
  /** The guide answered with a step: the connection works, so the back-off starts afresh. */
  working(): void;
  stop(): void;
}

/** How the server closes a socket that sent nothing for its idle timeout (server/limits). */
const IDLE_CLOSE = { code: 1000, reason: 'idle' };

export function openLink(url: string, on: LinkEvents): Link {
  let socket: WebSocket | undefined;
  let failures = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let uptime: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  let dormant = false;

  const dialNow = () => {
    // A dormant link waits for the person, not for the network.
    if (socket || stopped || dormant) return;
    clearTimeout(timer);
    dial();
  };

  function dial(): void {
    const s = new WebSocket(url);
    socket = s;
    s.onopen = () => {
      clearTimeout(uptime);
      uptime = setTimeout(() => (failures = 0), MIN_UPTIME_MS);
      on.state('open');
      on.open();
    };
    s.onmessage = (event) => {
      let frame: ServerFrame;
      try {
        frame = JSON.parse(String(event.data)) as ServerFrame;
      } catch {
        return;
      }
      on.frame(frame);
    };
    s.onclose = (event) => {
      if (socket !== s) return;
      socket = undefined;
      clearTimeout(uptime);
      if (stopped) return;
      if (event.code === IDLE_CLOSE.code && event.reason === IDLE_CLOSE.reason) {
        dormant = true;
        failures = 0;
        on.state('dormant');
        return;
      }
      failures += 1;
      on.state(failures >= UNREACHABLE_AFTER || navigator.onLine === false ? 'unreachable' : 'retrying');
      timer = setTimeout(dial, retryDelay(failures, event.code, Math.random()));
    };
  }

  addEventListener('online', dialNow);
  on.state('connecting');
  dial();

  return {
    send(frame) {
      if (socket?.readyState !== WebSocket.OPEN) return false;
      socket.send(JSON.stringify(frame));
      return true;
    },
    get dormant() {
      return dormant;
    },
    wake() {
      if (!dormant || stopped) return;
      dormant = false;
      dial();
    },
    working() {
      failures = 0;
    },
    stop() {
      stopped = true;
      clearTimeout(timer);
      clearTimeout(uptime);
      removeEventListener('online', dialNow);
      socket?.close();
      socket = undefined;
    },
  };
}
