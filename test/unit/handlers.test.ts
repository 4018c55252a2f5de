import fc from 'fast-check';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHANNELS, channelArgs } from '../../models/api';
import { defaultProject, ProjectSchema } from '../../models/project';
import { createHandlers, dispatch } from '../../main/handlers';
import pkg from '../../package.json' with { type: 'json' };

const handlers = createHandlers({ userDataDir: mkdtempSync(join(tmpdir(), 'skillmix-unit-')) });

describe('handler map', () => {
  it('has exactly one handler per channel of the contract', () => {
    expect(Object.keys(handlers).sort()).toEqual([...CHANNELS].sort());
    expect(CHANNELS.sort()).toEqual(Object.keys(channelArgs).sort());
  });

  it('app:info gives the name and the package version', async () => {
    expect(await handlers['app:info']({})).toEqual({ ok: true, value: { name: 'SkillMix', version: pkg.version } });
  });

  it('project:default gives a valid project holding the traditional scenario', async () => {
    const result = await handlers['project:default']({});
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(ProjectSchema.safeParse(result.value).success).toBe(true);
    expect(result.value).toEqual(defaultProject());
    expect(JSON.parse(JSON.stringify(result.value))).toEqual(result.value);
  });

  it('scenario:validate accepts the default scenario', async () => {
    const scenario = defaultProject().scenarios[0];
    expect(await handlers['scenario:validate']({ scenario })).toEqual({ ok: true, value: { valid: true, issues: [] } });
  });

  it('scenario:validate names the field that is wrong', async () => {
    const scenario = structuredClone(defaultProject().scenarios[0]!);
    scenario.teams[0]!.roles[0]!.posts = -1;
    const result = await handlers['scenario:validate']({ scenario });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.valid).toBe(false);
    expect(result.value.issues).toContainEqual({ path: 'teams[0].roles[0].posts', message: expect.stringMatching(/negative/) });
  });
});

describe('arguments are checked before any handler runs', () => {
  it('rejects a missing scenario with its path', async () => {
    const result = await handlers['scenario:validate']({});
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_args', path: 'scenario' } });
  });

  it('rejects extra fields and non-objects', async () => {
    expect(await handlers['app:info']({ sneaky: true })).toMatchObject({ ok: false, error: { code: 'invalid_args' } });
    expect(await handlers['app:info'](undefined)).toMatchObject({ ok: false, error: { code: 'invalid_args' } });
    expect(await handlers['project:default']('x')).toMatchObject({ ok: false, error: { code: 'invalid_args' } });
  });
});

describe('dispatch', () => {
  it('answers an unknown channel with an error result', async () => {
    for (const name of ['fs:rm', '__proto__', 'constructor', 'toString', '', 42, null, undefined, {}]) {
      expect(await dispatch(handlers, name, {})).toMatchObject({ ok: false, error: { code: 'unknown_channel', path: '' } });
    }
  });

  it('routes a known channel', async () => {
    expect(await dispatch(handlers, 'app:info', {})).toMatchObject({ ok: true });
  });

  it('never throws and always answers with a plain Result, whatever it is sent', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.constantFrom(...CHANNELS), fc.string()), fc.anything(), async (channel, args) => {
        const result = await dispatch(handlers, channel, args);
        expect(typeof result.ok).toBe('boolean');
        if (!result.ok) {
          expect(typeof result.error.code).toBe('string');
          expect(typeof result.error.path).toBe('string');
          expect(result.error.message.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 300 },
    );
  });
});
