import { defineConfig } from '@playwright/test';
import { SIMULATION_JS_FLAGS } from './main/workers/jitFlags';

/** Debian's Chromium by default; never a downloaded browser (`npx playwright install`). */
const executablePath = process.env['SKILLMIX_CHROMIUM'] || '/usr/bin/chromium';

export default defineConfig({
  testDir: 'test/e2e',
  outputDir: 'test-results/playwright',
  fullyParallel: true,
  workers: process.env['CI'] ? 2 : undefined,
  forbidOnly: Boolean(process.env['CI']),
  reporter: [['list']],
  use: {
    viewport: { width: 1280, height: 720 },
    locale: 'en-GB',
    launchOptions: {
      executablePath,
      args: [
        // Root in a container: Chromium's own sandbox cannot start there.
        '--no-sandbox',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
        '--disable-gpu',
        // As the app's main process sets them for its renderer (main/index.ts).
        `--js-flags=${SIMULATION_JS_FLAGS.join(' ')}`,
      ],
    },
  },
});
