// The numbers that keep one socket, one address or one flood from taking the guide down for
// everyone else. Defaults are set so a person tapping as fast as they can never meets them, and
// so that many people behind one address (carrier NAT on mobile networks, a refuge's or a
// family centre's wifi, a court building) are not refused: what one address may do is limited
// by rate far more than by count. "Address" means an IPv4 address or an IPv6 /64 (address.ts).

export interface Limits {
  /** Frames larger than this are answered `too_long` and dropped; the connection stays. */
  maxFrameBytes: number;
  /** Frames per second each connection may send on average; 0 turns rate limiting off. */
  rateLimit: number;
  /** How many frames a connection may send at once before the average applies. */
  rateBurst: number;
  /** Open WebSocket connections allowed from one address. */
  maxConnectionsPerIp: number;
  /** New WebSocket connections per minute from one address; 0 turns this off. */
  connectionsPerMinutePerIp: number;
  /** New conversations per minute from one address (the danger triage is never refused); 0 turns this off. */
  conversationsPerMinutePerIp: number;
  /** `POST /exit` requests per minute from one address; 0 turns this off. */
  exitsPerMinutePerIp: number;
  /** Conversations the in-memory store holds; past this the least recently used is forgotten. */
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
  maxConnectionsPerIp: 200,
  connectionsPerMinutePerIp: 600,
  conversationsPerMinutePerIp: 300,
  exitsPerMinutePerIp: 600,
  maxConversations: 50_000,
  // Resuming is cheap (one read), so a socket nobody uses is not kept open for long.
  idleTimeoutMs: 2 * 60_000,
  pingIntervalMs: 30_000,
};

/** Frames waiting for their turn on one socket; past this they are answered `busy` at once. */
export const MAX_QUEUED_FRAMES = 32;
/** Past this many unanswered frames the peer is not a person waiting for answers: drop it. */
export const MAX_UNANSWERED_FRAMES = 256;

/**
 * Frames beyond this are not even read into memory: ws closes the socket with 1009. Between
 * maxFrameBytes and this, a frame gets a polite `too_long` instead, since a person may paste.
 */
export function hardFrameCeiling(limits: Limits): number {
  return limits.maxFrameBytes * 4;
}

/** Past this much unsent output the peer is not reading: drop it rather than buffer forever. */
export const MAX_BUFFERED_BYTES = 1024 * 1024;
