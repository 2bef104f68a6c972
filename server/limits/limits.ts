// The numbers that keep one socket, one address or one flood from taking the guide down for
// everyone else. Defaults are set so a person tapping as fast as they can never meets them.

export interface Limits {
  /** Frames larger than this are answered `too_long` and dropped; the connection stays. */
  maxFrameBytes: number;
  /** Frames per second each connection may send on average; 0 turns rate limiting off. */
  rateLimit: number;
  /** How many frames a connection may send at once before the average applies. */
  rateBurst: number;
  /** Open WebSocket connections allowed from one address. */
  maxConnectionsPerIp: number;
  /** Conversations the in-memory store may hold; new ones are refused (`busy`) past this. */
  maxConversations: number;
  /** A socket that sends nothing for this long is closed (the conversation is kept). */
  idleTimeoutMs: number;
  /** How often sockets are pinged; one that has not answered the last ping is dropped. */
  pingIntervalMs: number;
}

export const defaultLimits: Limits = {
  maxFrameBytes: 4096,
  rateLimit: 10,
  rateBurst: 20,
  maxConnectionsPerIp: 20,
  maxConversations: 50_000,
  idleTimeoutMs: 10 * 60_000,
  pingIntervalMs: 30_000,
};

/**
 * Frames beyond this are not even read into memory: ws closes the socket with 1009. Between
 * maxFrameBytes and this, a frame gets a polite `too_long` instead, since a person may paste.
 */
export function hardFrameCeiling(limits: Limits): number {
  return limits.maxFrameBytes * 4;
}

/** Past this much unsent output the peer is not reading: drop it rather than buffer forever. */
export const MAX_BUFFERED_BYTES = 1024 * 1024;
