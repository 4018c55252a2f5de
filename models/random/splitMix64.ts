/**
 * SplitMix64 (Steele, Lea and Flood, 2014), used only to seed the fast generator.
 *
 * It turns any 64-bit key into well-mixed 64-bit words, so keys that differ in one bit (seed 1,
 * replication 7 and replication 8) give unrelated generator states. It runs a handful of times
 * per replication, so BigInt arithmetic costs nothing measurable here and keeps it exact.
 */
const MASK = (1n << 64n) - 1n;
const GAMMA = 0x9e3779b97f4a7c15n;

export class SplitMix64 {
  private state: bigint;

  constructor(key: bigint) {
    this.state = key & MASK;
  }

  /** The next 64-bit output as two unsigned 32-bit words, high word first. */
  nextWords(): [number, number] {
    this.state = (this.state + GAMMA) & MASK;
    let z = this.state;
    z = ((z ^ (z >> 30n)) * 0xbf58476d1ce4e5b9n) & MASK;
    z = ((z ^ (z >> 27n)) * 0x94d049bb133111ebn) & MASK;
    z ^= z >> 31n;
    return [Number(z >> 32n), Number(z & 0xffffffffn)];
  }
}
