// Dead peers (a phone that lost signal, a laptop lid shut) never send a close frame, so their
// sockets would be held for ever. One timer pings every socket; a socket that has not answered
// the previous ping by the next one is dropped. Live but silent sockets are closed after the
// idle timeout instead: their conversation stays in the store, ready to resume.
import type WebSocket from 'ws';

/** Close code and reason for a socket closed for silence; clients should not reconnect by themselves. */
export const IDLE_CLOSE = { code: 1000, reason: 'idle' } as const;

interface Watched {
  alive: boolean;
  /** When the last frame arrived (ms). Stamped on every frame; the idle timer reads it when it fires. */
  lastFrame: number;
  idle: NodeJS.Timeout;
}

export class KeepAlive {
  private readonly sockets = new Map<WebSocket, Watched>();
  private readonly pinger: NodeJS.Timeout;

  constructor(private readonly options: { pingIntervalMs: number; idleTimeoutMs: number }) {
    this.pinger = setInterval(() => this.pingAll(), options.pingIntervalMs);
    this.pinger.unref();
  }

  watch(socket: WebSocket): void {
    const { idleTimeoutMs } = this.options;
    // Moving a timer on every frame costs more than the rest of a tap's bookkeeping, so a frame
    // only stamps the time, and the timer, when it fires, waits again for whatever is left.
    const check = () => {
      const quiet = Date.now() - watched.lastFrame;
      if (quiet >= idleTimeoutMs) return socket.close(IDLE_CLOSE.code, IDLE_CLOSE.reason);
      watched.idle = setTimeout(check, idleTimeoutMs - quiet);
      watched.idle.unref();
    };
    const watched: Watched = { alive: true, lastFrame: Date.now(), idle: setTimeout(check, idleTimeoutMs) };
    watched.idle.unref();
    this.sockets.set(socket, watched);
    socket.on('pong', () => {
      watched.alive = true;
    });
    socket.once('close', () => {
      clearTimeout(watched.idle);
      this.sockets.delete(socket);
    });
  }

  /**
   * What to call when a frame arrives on `socket`: the person is still there. Pongs do not
   * count, or no tab would ever idle. Found once per socket, not looked up on every frame.
   */
  onFrame(socket: WebSocket): () => void {
    const watched = this.sockets.get(socket);
    if (!watched) return () => {};
    return () => {
      watched.alive = true;
      watched.lastFrame = Date.now();
    };
  }

  get size(): number {
    return this.sockets.size;
  }

  close(): void {
    clearInterval(this.pinger);
    for (const { idle } of this.sockets.values()) clearTimeout(idle);
  }

  private pingAll(): void {
    for (const [socket, watched] of this.sockets) {
      if (!watched.alive) {
        socket.terminate();
        continue;
      }
      watched.alive = false;
      socket.ping();
    }
  }
}
