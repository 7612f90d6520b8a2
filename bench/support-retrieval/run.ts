import { evaluateRetrieval } from "./evaluate";

const r = evaluateRetrieval();
console.log(`support retrieval (BM25, ${r.questions} labelled questions, 20 articles)`);
console.log(`  top-1 hit rate: ${(r.top1 * 100).toFixed(1)}%`);
console.log(`  top-3 hit rate: ${(r.top3 * 100).toFixed(1)}%`);
for (const m of r.misses) console.log(`  miss: ${m}`);
