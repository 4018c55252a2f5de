/** Checks on the build output itself (no browser needed): the sandboxed preload's shape. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from '@playwright/test';

const PRELOAD_DIR = join(process.cwd(), 'out', 'preload');

test('the preload is one CommonJS file that needs nothing but electron', () => {
  expect(readdirSync(PRELOAD_DIR)).toEqual(['index.cjs']);
  const code = readFileSync(join(PRELOAD_DIR, 'index.cjs'), 'utf8');
  expect(code).not.toMatch(/^\s*import\s/m);
  expect(code).not.toMatch(/\bimport\s*\(/);
  expect(code).not.toMatch(/^\s*export\s/m);
  const required = [...code.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]);
  expect(required).toEqual(['electron']);
  expect(code).toContain('exposeInMainWorld("api"');
});
