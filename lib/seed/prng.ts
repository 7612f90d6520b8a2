// Seeded PRNG (sfc32) so the same seed always yields the same demo data; Math.random is never used.

/** Mixes a string label into a 32-bit seed (FNV-1a), so each concern gets an independent stream. */
function hashLabel(label: string, seed: number): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < label.length; i++) {
    h ^= label.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

export class Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number, label = "") {
    this.a = hashLabel(label + ":a", seed);
    this.b = hashLabel(label + ":b", seed);
    this.c = hashLabel(label + ":c", seed);
    this.d = 1;
    // Discard the first outputs: sfc32 needs a few rounds to mix a low-entropy state.
    for (let i = 0; i < 15; i++) this.u32();
  }

  /** An independent stream for a sub-concern; adding draws in one stream never shifts another. */
  static stream(seed: number, label: string): Rng {
    return new Rng(seed, label);
  }

  u32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** Uniform in [0, 1). */
  next(): number {
    return this.u32() / 4294967296;
  }

  /** Integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  float(min: number, max: number): number {
    return min + this.next() * (max - min);
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(list: readonly T[]): T {
    const v = list[Math.floor(this.next() * list.length)];
    if (v === undefined) throw new Error("pick from an empty list");
    return v;
  }

  /** Picks by relative weights. */
  weighted<T>(list: readonly (readonly [T, number])[]): T {
    let total = 0;
    for (const [, w] of list) total += w;
    let r = this.next() * total;
    for (const [v, w] of list) {
      r -= w;
      if (r < 0) return v;
    }
    const last = list[list.length - 1];
    if (last === undefined) throw new Error("weighted pick from an empty list");
    return last[0];
  }

  /** Picks k distinct elements (k clamped to the list length). */
  sample<T>(list: readonly T[], k: number): T[] {
    const copy = [...list];
    const out: T[] = [];
    while (out.length < k && copy.length > 0) {
      const i = Math.floor(this.next() * copy.length);
      const [v] = copy.splice(i, 1);
      if (v !== undefined) out.push(v);
    }
    return out;
  }

  /** Approximately normal (mean, sd) from the sum of uniforms; cheap and bounded. */
  normal(mean: number, sd: number): number {
    const s = this.next() + this.next() + this.next() + this.next() - 2;
    return mean + s * sd * 1.732;
  }

  hex(len: number): string {
    let s = "";
    while (s.length < len) s += this.u32().toString(16).padStart(8, "0");
    return s.slice(0, len);
  }

  digits(len: number): string {
    let s = "";
    for (let i = 0; i < len; i++) s += String(this.int(0, 9));
    return s;
  }

  bytes(n: number): Buffer {
    const buf = Buffer.alloc(n);
    for (let i = 0; i < n; i++) buf[i] = this.u32() & 0xff;
    return buf;
  }

  /** base64url of 16 bytes (22 chars): the shape of a production tracking token. */
  token(): string {
    return this.bytes(16).toString("base64url");
  }

  /** A cuid-like id: one letter and 24 base36 chars (~124 bits), stable across runs. */
  id(prefix = "c"): string {
    let s = prefix;
    for (let i = 0; i < 4; i++) s += this.u32().toString(36).padStart(7, "0").slice(-6);
    return s;
  }
}
