import { SplitMix64 } from './splitMix64';

/**
 * One stream of random numbers: xoshiro128** 1.1 (Blackman and Vigna, 2018).
 *
 * Why this generator: JavaScript has no fast 64-bit integers, and xoshiro128** needs only 32-bit
 * shifts, xors and `Math.imul`, so V8 keeps its four words in registers. Its period is 2^128 − 1
 * and it passes BigCrush; a simulation draws far fewer than 2^64 numbers per stream.
 *
 * Why streams are seeded through SplitMix64 of (seed, replication): replication i of a run must
 * draw exactly the same numbers whichever thread runs it and however many threads there are, so
 * its stream depends on nothing but the user's seed and i. SplitMix64 is the seeding its authors
 * recommend; distinct 64-bit keys give states that are, for all practical purposes, independent
 * (a collision of two 128-bit states among a million streams has probability below 2^-88).
 */
export class RandomStream {
  private s0: number;
  private s1: number;
  private s2: number;
  private s3: number;

  constructor(words: readonly [number, number, number, number]) {
    [this.s0, this.s1, this.s2, this.s3] = words.map((w) => w | 0);
    // The all-zero state is the one fixed point of the generator; SplitMix64 never yields it in
    // practice, but a hand-made state might.
    if ((this.s0 | this.s1 | this.s2 | this.s3) === 0) this.s0 = 1;
  }

  /** The stream of replication `replication` of a run with seed `seed` (both whole numbers ≥ 0). */
  static forReplication(seed: number, replication: number): RandomStream {
    if (!Number.isInteger(seed) || seed < 0 || seed >= 2 ** 32) throw new RangeError(`seed must be a whole number from 0 to 2^32 − 1, not ${seed}`);
    if (!Number.isInteger(replication) || replication < 0 || replication >= 2 ** 32) {
      throw new RangeError(`replication must be a whole number from 0 to 2^32 − 1, not ${replication}`);
    }
    const mixer = new SplitMix64((BigInt(seed) << 32n) | BigInt(replication));
    const [a, b] = mixer.nextWords();
    const [c, d] = mixer.nextWords();
    return new RandomStream([a, b, c, d]);
  }

  /** The next 32 random bits as an unsigned integer. */
  nextUint32(): number {
    const s0 = this.s0;
    const s1 = this.s1;
    const s2 = this.s2 ^ s0;
    const s3 = this.s3 ^ s1;
    const m = Math.imul(s1, 5);
    const result = Math.imul((m << 7) | (m >>> 25), 9);
    this.s0 = s0 ^ s3;
    this.s1 = s1 ^ s2;
    this.s2 = s2 ^ (s1 << 9);
    this.s3 = (s3 << 11) | (s3 >>> 21);
    return result >>> 0;
  }

  /**
   * Uniform on [0, 1) with 32 bits of resolution: ample for the samplers here (the largest
   * exponential draw it allows is 22 means) and twice as fast as building 53-bit doubles.
   */
  uniform(): number {
    return this.nextUint32() / 4294967296;
  }

  /** Uniform on (0, 1]: safe to take the logarithm of. */
  uniformPositive(): number {
    return (this.nextUint32() + 1) / 4294967296;
  }
}
