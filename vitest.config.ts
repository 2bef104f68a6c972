import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';

// The suite as projects, so one part can be run alone (`npx vitest run --project unit`) and
// each part gets only the setup it needs. Every test file belongs to exactly one project:
// `server` takes whatever the others do not.
const UNIT = ['tests/engine*.test.ts', 'tests/engine/**/*.test.ts', 'tests/contacts.test.ts', 'tests/limits-units.test.ts', 'tests/flows/**/*.test.ts', 'tests/routing/**/*.test.ts'];
const STORE = ['tests/store/**/*.test.ts', 'tests/redis/**/*.test.ts'];
const BROWSER = ['tests/browser/**/*.test.ts', 'tests/headers.test.ts'];

// Generous: the two cores are shared with other suites, and a timeout is a hang detector here,
// never a performance check (those live in `npm run bench`).
const timeouts = { testTimeout: 60_000, hookTimeout: 60_000 };

function project(name: string, include: string[], extra: TestProjectInlineConfiguration['test'] = {}): TestProjectInlineConfiguration {
  return { test: { name, include, ...timeouts, ...extra } };
}

export default defineConfig({
  test: {
    // The server serves the built widget: built once, before any project runs.
    globalSetup: ['tests/support/global-setup.ts'],
    // Much test time is spent waiting on sockets, child processes and Chromium, so two files at
    // once pays on two cores (vitest's default there is one); three was slower on a busy machine.
    maxWorkers: 2,
    projects: [
      // The engine, the flows and the router, in process.
      // Nothing here mocks a module or keeps state between files, so a worker imports the
      // flows and the engine once for all its files instead of once per file.
      project('unit', UNIT, { isolate: false }),
      // A real redis-server (on a unix socket) where Redis is the subject, and the store contract.
      project('store', STORE),
      // The widget in real Chromium: one browser for the whole run, connected to from each file.
      project('browser', BROWSER, { globalSetup: ['tests/browser/support/chromium-server.ts'] }),
      // The server over real sockets and real processes: everything not above.
      project('server', ['tests/**/*.test.ts'], { exclude: [...UNIT, ...STORE, ...BROWSER] }),
    ],
    // CI asks for a machine-readable report as well, to print one plain summary line.
    ...(process.env.SAFE_STEPS_TEST_REPORT
      ? { reporters: ['default', 'json'], outputFile: { json: process.env.SAFE_STEPS_TEST_REPORT } }
      : {}),
  },
});
