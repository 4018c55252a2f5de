import { test, expect } from './fixtures/app';

test('the built page carries the strict CSP', async ({ app: { page } }) => {
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).toContain("script-src 'self'");
  expect(csp).toContain("style-src 'self'");
  expect(csp).toContain("object-src 'none'");
  expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|wasm-unsafe-eval|https?:/);
});

/**
 * Code passed to page.evaluate runs with DevTools' exemption from the eval check, so the eval
 * probes run in a later task of the page's own (a timer), where the page's CSP applies.
 */
test('CSP blocks an inline script and eval', async ({ app: { page } }) => {
  const outcome = await page.evaluate(async () => {
    const violations: string[] = [];
    document.addEventListener('securitypolicyviolation', (e) => violations.push(e.violatedDirective));
    const flags = window as unknown as { inlineRan?: boolean };
    const script = document.createElement('script');
    script.textContent = 'window.inlineRan = true;';
    document.head.append(script);

    const attempt = (run: () => unknown) =>
      new Promise<string>((resolve) =>
        setTimeout(() => {
          try {
            run();
            resolve('ran');
          } catch (error) {
            resolve(error instanceof EvalError ? 'EvalError' : String(error));
          }
        }, 0),
      );
    const evalOutcome = await attempt(() => (0, eval)('1 + 1'));
    const functionOutcome = await attempt(() => new Function('return 1')());
    await new Promise((resolve) => setTimeout(resolve, 100));
    return { inlineRan: flags.inlineRan === true, evalOutcome, functionOutcome, violations };
  });
  expect(outcome.inlineRan).toBe(false);
  expect(outcome.evalOutcome).toBe('EvalError');
  expect(outcome.functionOutcome).toBe('EvalError');
  expect(outcome.violations).toEqual(expect.arrayContaining([expect.stringMatching(/^script-src/)]));
  expect(outcome.violations.length).toBeGreaterThanOrEqual(3);
});

test('the bridge answers an unknown channel and bad arguments with error results', async ({ app: { page } }) => {
  const results = await page.evaluate(async () => {
    const api = (window as unknown as { api: { invoke(c: string, a: unknown): Promise<unknown> } }).api;
    return {
      unknown: await api.invoke('fs:delete-everything', {}),
      badArgs: await api.invoke('scenario:validate', { scenario: {}, extra: 1 }),
      notObject: await api.invoke('app:info', 'hello'),
    };
  });
  expect(results.unknown).toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
  expect(results.badArgs).toMatchObject({ ok: false, error: { code: 'invalid_args' } });
  expect(results.notObject).toMatchObject({ ok: false, error: { code: 'invalid_args' } });
});
