// The widget is one small script: built the way `npm run build` builds it, it must stay within
// 15 KB gzipped. The size is printed on every run.
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ESM build script without type declarations
import { buildWidget, WIDGET_BUDGET_GZIP_BYTES } from '../../scripts/build-widget.mjs';

describe('widget bundle', () => {
  it('stays within 15 KB gzipped', async () => {
    // Measured without writing, so browser tests reading the served file are not disturbed.
    const { bytes, gzipBytes } = await buildWidget({ quiet: true, write: false });
    console.log(`widget.js: ${bytes} bytes, ${gzipBytes} bytes gzipped (budget ${WIDGET_BUDGET_GZIP_BYTES})`);
    expect(WIDGET_BUDGET_GZIP_BYTES).toBe(15 * 1024);
    expect(gzipBytes).toBeGreaterThan(1000);
    expect(gzipBytes).toBeLessThanOrEqual(WIDGET_BUDGET_GZIP_BYTES);
  });
});
