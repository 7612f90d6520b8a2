// Common words that carry no topic in either language; they would only add noise to scores.
const STOP = new Set([
  "the",
  "a",
  "an",
  "and",
  "or",
  "to",
  "of",
  "in",
  "on",
  "for",
  "is",
  "are",
  "was",
  "my",
  "me",
  "i",
  "it",
  "you",
  "your",
  "we",
  "our",
  "be",
  "do",
  "does",
  "did",
  "can",
  "with",
  "at",
  "this",
  "that",
  "have",
  "has",
  "not",
  "no",
  "yes",
  "please",
  "what",
  "how",
  "why",
  "when",
  "where",
  "的",
  "了",
  "吗",
  "呢",
  "吧",
  "我",
  "你",
  "是",
  "在",
  "有",
  "和",
  "就",
  "都",
  "也",
  "请",
  "啊",
]);

const HAN = /\p{Script=Han}/u;

function stem(word: string): string {
  // A light English stemmer: enough for "refunds/refunded/refunding" to meet.
  if (word.length > 4 && word.endsWith("ing")) return word.slice(0, -3);
  if (word.length > 3 && word.endsWith("ed")) return word.slice(0, -2);
  if (word.length > 3 && word.endsWith("es")) return word.slice(0, -2);
  if (word.length > 2 && word.endsWith("s") && !word.endsWith("ss")) return word.slice(0, -1);
  return word;
}

/**
 * Terms of a text for retrieval: lower-cased, stemmed English words and digits, and for
 * Chinese both single characters and overlapping character bigrams (no dictionary needed;
 * bigrams carry most of the word meaning, unigrams keep recall for one-character words).
 */
export function tokenize(text: string): string[] {
  const out: string[] = [];
  const runs =
    text
      .toLowerCase()
      .normalize("NFKC")
      .match(/\p{Script=Han}+|[\p{L}\p{N}]+/gu) ?? [];
  for (const run of runs) {
    if (HAN.test(run)) {
      const chars = [...run];
      for (const [i, c] of chars.entries()) {
        if (!STOP.has(c)) out.push(c);
        const next = chars[i + 1];
        if (next !== undefined) out.push(c + next);
      }
    } else if (!STOP.has(run)) {
      out.push(stem(run));
    }
  }
  return out;
}
