/**
 * Opens the real desktop app where an Electron binary exists; elsewhere (machines that cannot
 * download it) it reports itself skipped, with the reason in the output.
 */
import { _electron as electron, test, expect } from '@playwright/test';
import { join } from 'node:path';
import { findElectronBinary } from '../../scripts/electron-binary.mjs';

const binary = findElectronBinary();

test('the desktop app opens on the default project', async () => {
  if (!binary.found) {
    const reason = `Electron smoke test skipped: ${binary.reason}. The renderer tests ran in Chromium instead.`;
    console.log(reason);
    test.skip(true, reason);
    return;
  }
  const app = await electron.launch({
    executablePath: binary.path,
    args: [join(process.cwd(), 'out/main/index.js'), ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])],
  });
  try {
    const window = await app.firstWindow();
    await expect(window.getByTestId('scenario-name')).toBeVisible();
    await expect(window.locator('tbody tr')).toHaveCount(3);
    const exposed = await window.evaluate(() => Object.keys((window as unknown as { api: object }).api).sort());
    expect(exposed).toEqual(['invoke', 'onMenu']);
    const hasNode = await window.evaluate(() => typeof (globalThis as { require?: unknown }).require);
    expect(hasNode).toBe('undefined');
  } finally {
    await app.close();
  }
});
