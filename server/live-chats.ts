// The chat sockets open on this instance, so a shutdown can finish the answers under way and
// then tell every widget to reconnect elsewhere (1012), and metrics can count conversations
// open without knowing anything about them.
import type { WebSocket } from 'ws';

export const SERVICE_RESTART = 1012;

export interface LiveChat {
  socket: WebSocket;
  /** Settles when every frame received so far has been answered. */
  idle(): Promise<void>;
  /** Settles when the socket has closed. */
  closed: Promise<void>;
  hasConversation(): boolean;
}

export class LiveChats {
  private readonly chats = new Set<LiveChat>();
  private draining = false;

  add(chat: LiveChat): void {
    this.chats.add(chat);
  }

  remove(chat: LiveChat): void {
    this.chats.delete(chat);
  }

  /** True once shutdown began: only quick exits and danger help are still taken on. */
  get closing(): boolean {
    return this.draining;
  }

  get conversationsOpen(): number {
    let n = 0;
    for (const chat of this.chats) if (chat.hasConversation()) n += 1;
    return n;
  }

  /**
   * Lets every answer under way finish (and be stored), closes each socket with 1012, and
   * waits until it has closed and the frames that came meanwhile (a quick exit sent as the
   * close crossed it) are handled too, so the store is closed only after them.
   */
  async closeAll(): Promise<void> {
    this.draining = true;
    await Promise.all(
      [...this.chats].map(async (chat) => {
        await chat.idle();
        chat.socket.close(SERVICE_RESTART, 'service restart');
        await chat.closed;
        await chat.idle();
      }),
    );
  }
}
