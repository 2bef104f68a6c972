// How the widget's script travels: compressed by the build (brotli, gzip) and sent by
// Accept-Encoding with Vary; /widget.js on a short cache with an ETag; the content-hashed copy
// immutable for a year; both open to every origin (CORS), so a tag with Subresource Integrity
// and crossorigin="anonymous" can load them. Plain HTTP against the real server.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { request } from 'node:http';
// @ts-expect-error: a plain ESM build script without type declarations
import { buildWidget } from '../../scripts/build-widget.mjs';
import { startServer, type TestServer } from '../support/server.js';

let guide: TestServer;
let pinned: { hashedName: string; integrity: string };

beforeAll(async () => {
  // What global setup wrote; measured again without writing, to learn the names.
  pinned = await buildWidget({ quiet: true, write: false });
  guide = await startServer();
});
afterAll(() => guide?.close());

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** A raw GET, so nothing decodes the body behind the test's back. */
function get(path: string, headers: Record<string, string> = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(`${guide.httpUrl}${path}`, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('the widget script on the wire', () => {
  it('is sent with brotli or gzip as the browser asks, with Vary, and is the same script either way', async () => {
    const plain = await get('/widget.js', { 'accept-encoding': 'identity' });
    expect(plain.status).toBe(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers['content-type']).toMatch(/javascript/);

    const br = await get('/widget.js', { 'accept-encoding': 'gzip, deflate, br' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['content-type']).toMatch(/javascript/);
    expect(brotliDecompressSync(br.body).equals(plain.body)).toBe(true);
    expect(br.body.length).toBeLessThan(plain.body.length / 2);

    const gz = await get('/widget.js', { 'accept-encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).equals(plain.body)).toBe(true);

    for (const answer of [plain, br, gz]) expect(String(answer.headers.vary).toLowerCase()).toContain('accept-encoding');
  });

  it('/widget.js: a short cache and an ETag, so a new release arrives within minutes and a check costs a 304', async () => {
    const first = await get('/widget.js', { 'accept-encoding': 'br' });
    expect(first.headers['cache-control']).toBe('public, max-age=300');
    const etag = first.headers.etag as string;
    expect(etag).toBeTruthy();
    const again = await get('/widget.js', { 'accept-encoding': 'br', 'if-none-match': etag });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    // The brotli and plain answers are different bytes, so they carry different ETags.
    const plain = await get('/widget.js', { 'accept-encoding': 'identity' });
    expect(plain.headers.etag).not.toBe(etag);
  });

  it('the content-hashed copy is immutable for a year, and its bytes match the printed integrity hash', async () => {
    expect(pinned.hashedName).toMatch(/^widget\.[0-9a-f]{12}\.js$/);
    const answer = await get(`/${pinned.hashedName}`, { 'accept-encoding': 'identity' });
    expect(answer.status).toBe(200);
    expect(answer.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(`sha384-${createHash('sha384').update(answer.body).digest('base64')}`).toBe(pinned.integrity);
    const br = await get(`/${pinned.hashedName}`, { 'accept-encoding': 'br' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('answers CORS and a cross-origin resource policy on both addresses, so any site may load them', async () => {
    for (const path of ['/widget.js', `/${pinned.hashedName}`]) {
      const answer = await get(path, { origin: 'https://charity.example', 'accept-encoding': 'br' });
      expect(answer.headers['access-control-allow-origin']).toBe('*');
      expect(answer.headers['cross-origin-resource-policy']).toBe('cross-origin');
    }
  });

  it('a name that only looks pinned is not found', async () => {
    await expect(get('/widget.000000000000.js').then((a) => a.status)).resolves.toBe(404);
  });
});
