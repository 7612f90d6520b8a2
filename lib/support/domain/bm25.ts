import { tokenize } from "./tokenize";

export type RetrievalDoc = { id: string; text: string };
export type Scored = { id: string; score: number };

/** A BM25 index (k1 = 1.2, b = 0.75) over tokenized Chinese and English documents. */
export type Bm25Index = {
  docs: { id: string; length: number; tf: Map<string, number> }[];
  df: Map<string, number>;
  avgLength: number;
};

const K1 = 1.2;
const B = 0.75;

/** Builds the index once; searching is then proportional to the query's terms. */
export function buildIndex(docs: readonly RetrievalDoc[]): Bm25Index {
  const df = new Map<string, number>();
  let total = 0;
  const indexed = docs.map((d) => {
    const terms = tokenize(d.text);
    const tf = new Map<string, number>();
    for (const t of terms) tf.set(t, (tf.get(t) ?? 0) + 1);
    for (const t of tf.keys()) df.set(t, (df.get(t) ?? 0) + 1);
    total += terms.length;
    return { id: d.id, length: terms.length, tf };
  });
  return { docs: indexed, df, avgLength: indexed.length ? total / indexed.length : 0 };
}

/** The `limit` best documents for `query`, best first; documents sharing no term are left out. */
export function search(index: Bm25Index, query: string, limit = 3): Scored[] {
  const n = index.docs.length;
  const terms = [...new Set(tokenize(query))];
  const idf = new Map(
    terms.map((t) => {
      const df = index.df.get(t) ?? 0;
      return [t, Math.log(1 + (n - df + 0.5) / (df + 0.5))] as const;
    }),
  );
  const scored: Scored[] = [];
  for (const doc of index.docs) {
    let score = 0;
    for (const t of terms) {
      const f = doc.tf.get(t);
      if (!f) continue;
      const norm = 1 - B + B * (doc.length / (index.avgLength || 1));
      score += (idf.get(t) ?? 0) * ((f * (K1 + 1)) / (f + K1 * norm));
    }
    if (score > 0) scored.push({ id: doc.id, score });
  }
  scored.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1));
  return scored.slice(0, limit);
}
