import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EventQueue } from '../../../models/des/eventQueue';

describe('the event queue', () => {
  it('pops events in time order, and events at the same time in the order they were scheduled', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 20 }), fc.boolean()), { maxLength: 300 }), (ops) => {
        const q = new EventQueue(2);
        const reference: { time: number; id: number }[] = [];
        const popped: number[] = [];
        const expected: number[] = [];
        let id = 0;
        for (const [time, popNow] of ops) {
          q.push(time, 7, id, -id);
          reference.push({ time, id });
          id++;
          if (popNow) {
            reference.sort((a, b) => a.time - b.time || a.id - b.id);
            expected.push(reference.shift()!.id);
            q.pop();
            expect(q.kind).toBe(7);
            expect(q.a + q.b).toBe(0);
            popped.push(q.a);
          }
        }
        reference.sort((a, b) => a.time - b.time || a.id - b.id);
        while (q.pop()) popped.push(q.a);
        expect(popped).toEqual([...expected, ...reference.map((r) => r.id)]);
      }),
    );
  });

  it('reports an empty queue', () => {
    const q = new EventQueue();
    expect(q.pop()).toBe(false);
    expect(q.peekTime()).toBe(Infinity);
    q.push(3, 1, 2, 3);
    expect(q.size).toBe(1);
    expect(q.peekTime()).toBe(3);
  });
});
