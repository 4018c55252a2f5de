import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

const root = import.meta.dirname;

/**
 * The dev server injects inline React Refresh preamble, <style> tags and a websocket; the strict
 * CSP of renderer/index.html would block all three. Relax it for `serve` only, so the built app
 * (`npm start`, the tests) keeps the strict policy.
 */
function devCsp(): Plugin {
  return {
    name: 'skillmix:dev-csp',
    apply: 'serve',
    transformIndexHtml(html) {
      return html
        .replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")
        .replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")
        .replace("connect-src 'self'", "connect-src 'self' ws: http://localhost:*");
    },
  };
}

/**
 * Every exported module constant is folded into the code that uses it (Rolldown's default folds
 * only some): in the simulation's loops a constant left as a variable costs a load and a type
 * check at each use. The models export their loop constants for this (see models/des/diary.ts).
 */
const foldConstants = { optimization: { inlineConst: true } };

export default defineConfig({
  main: {
    build: {
      rollupOptions: { input: { index: resolve(root, 'main/index.ts') }, ...foldConstants },
    },
  },
  preload: {
    build: {
      // A sandboxed preload cannot load ES modules or other local files: one self-contained CJS file.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve(root, 'preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs', codeSplitting: false },
      },
    },
  },
  renderer: {
    root: resolve(root, 'renderer'),
    plugins: [react(), devCsp()],
    worker: { rolldownOptions: foldConstants },
    build: {
      rollupOptions: { input: { index: resolve(root, 'renderer/index.html') }, ...foldConstants },
    },
  },
});

