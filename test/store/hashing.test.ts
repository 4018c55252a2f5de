import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../models/canonicalJson';
import { defaultProject } from '../../models/project';
import { resultKey } from '../../models/resultCache';
import { sha256 } from '../../models/sha256';

describe('result cache keys', () => {
  it('SHA-256 agrees with Node’s on any bytes, across block boundaries', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        expect(Buffer.from(sha256(bytes)).toString('hex')).toBe(createHash('sha256').update(bytes).digest('hex'));
      }),
      { numRuns: 400 },
    );
  });

  it('canonical JSON does not depend on key order', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), (o) => {
        const reversed = Object.fromEntries(Object.entries(o).reverse());
        expect(canonicalJson(reversed)).toBe(canonicalJson(o));
        expect(JSON.parse(canonicalJson(o))).toEqual(JSON.parse(JSON.stringify(o)));
      }),
    );
  });

  it('a result key changes with the scenario, the engine and the run settings, and only with them', () => {
    const s = defaultProject().scenarios[0];
    const key = resultKey(s, 'capacity');
    expect(resultKey(structuredClone(s), 'capacity')).toBe(key);
    expect(resultKey(s, 'des')).not.toBe(key);
    expect(resultKey(s, 'capacity', { ...s.run, seed: 2 })).not.toBe(key);
    const edited = structuredClone(s);
    edited.teams[0].roles[0].posts = 5.5;
    expect(resultKey(edited, 'capacity')).not.toBe(key);
  });
});
