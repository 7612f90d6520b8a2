import { buildIndex, search } from "@/lib/support/domain/bm25";
import articles from "./articles.json";
import questions from "./questions.json";

export type RetrievalReport = { questions: number; top1: number; top3: number; misses: string[] };

/** Top-1 and top-3 hit rates of BM25 over the labelled question set. */
export function evaluateRetrieval(): RetrievalReport {
  const index = buildIndex(articles.map((a) => ({ id: a.id, text: `${a.title}\n${a.body}` })));
  let top1 = 0;
  let top3 = 0;
  const misses: string[] = [];
  for (const { q, expected } of questions) {
    const ids = search(index, q, 3).map((s) => s.id);
    if (ids[0] && expected.includes(ids[0])) top1 += 1;
    if (ids.some((id) => expected.includes(id))) top3 += 1;
    else misses.push(`${q} → ${ids.join(", ") || "(nothing)"}`);
  }
  const n = questions.length;
  return { questions: n, top1: top1 / n, top3: top3 / n, misses };
}
