// The server serves the built widget, so build it once before any test runs.
// @ts-expect-error: a plain ESM build script without type declarations
import { buildWidget } from '../../scripts/build-widget.mjs';

export default async function setup(): Promise<void> {
  await buildWidget({ quiet: true });
}
