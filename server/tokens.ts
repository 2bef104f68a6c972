import { randomBytes } from 'node:crypto';

/** A resume token: 192 random bits, URL-safe. Unguessable, and it says nothing about anyone. */
export function newToken(): string {
  return randomBytes(24).toString('base64url');
}
