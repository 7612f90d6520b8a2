// Masks personal data and credentials in text bound for the server log. Pure: no Node or Next
// imports, so it is unit-tested on its own and used by the logger and the console guard alike.

/** Object keys whose values are never logged, whatever they hold. */
const SECRET_KEYS =
  /^(password|passwordhash|pass|secret|token|trackingtoken|apitoken|apitokenhash|apikey|api_key|key|keyhash|authorization|cookie|set-cookie|idempotency-key|session|sessiontoken|csrftoken|auth_secret|nextauth_secret)$/i;
/** Object keys holding personal data: kept out of the log entirely. */
const PII_KEYS =
  /^(phone|customerphone|mobile|tel|email|customeremail|address|addressline|customeraddress|street|line1|line2|customername|recipient|lat|lng|latitude|longitude)$/i;

type Rule = [RegExp, string | ((match: string, ...groups: string[]) => string)];

// Order matters: credentials first (a token may contain digits that look like a phone number).
const RULES: Rule[] = [
  // PEM private keys.
  [
    /-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?(-----END [A-Z ]*PRIVATE KEY-----|$)/g,
    "[private key]",
  ],
  // Authorization headers and bearer credentials (API keys, courier tokens).
  [/\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]+/gi, "$1 [redacted]"],
  // JSON Web Tokens (session cookies carry one).
  [/\beyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]*/g, "[jwt]"],
  // Our API keys and courier tokens (wk_…, wkc_…) and common provider key shapes.
  [/\bwkc?_[A-Za-z0-9_]{8,}/g, "[api key]"],
  [/\b(sk|pk|rk)_(live|test)_[A-Za-z0-9]{8,}/g, "[api key]"],
  [/\bAKIA[0-9A-Z]{16}\b/g, "[api key]"],
  // Secret-bearing URL segments: tracking links, invitation and password-reset links.
  [/\/(track|invite|reset)\/[A-Za-z0-9_-]{8,}/g, "/$1/[token]"],
  // key=value pairs (query strings, cookies, env dumps) whose key names a credential.
  [
    /\b(token|secret|password|passwd|api[_-]?key|auth[_-]?secret|nextauth[_-]?secret|session[-_.a-z]*token|csrf[-_.a-z]*token)(["']?\s*[=:]\s*["']?)([^\s"'&;,]+)/gi,
    "$1$2[redacted]",
  ],
  // Connection strings with a password.
  [/\b([a-z][a-z0-9+.-]*:\/\/[^:/\s@]+:)[^@\s]+@/gi, "$1[redacted]@"],
  // E-mail addresses: first character and domain stay, for support.
  [
    /\b([A-Za-z0-9])[A-Za-z0-9._%+-]*@([A-Za-z0-9.-]+\.[A-Za-z]{2,})\b/g,
    (_m, first: string, domain: string) => `${first}***@${domain}`,
  ],
  // Mainland mobile numbers (optionally +86): 138****0000.
  [
    /(?<![\d])(?:\+?86[- ]?)?(1[3-9]\d)[- ]?\d{4}[- ]?(\d{4})(?![\d])/g,
    (_m, head: string, tail: string) => `${head}****${tail}`,
  ],
  // Landlines with an area code: 021-****0000.
  [
    /(?<![\d-])(0\d{2,3})[- ](\d{3,4})[- ]?(\d{4})(?![\d])/g,
    (_m, area: string, _mid: string, tail: string) => `${area}-****${tail}`,
  ],
  // Chinese street addresses: "衡山路 2 号", "上海市徐汇区漕溪北路 88 弄 3 号 1201 室".
  [
    /[\u4e00-\u9fa5]{0,16}(路|街|大道|道|巷|弄|胡同)\s*\d+\s*(号|弄)([\s\d\u4e00-\u9fa5#-]{0,20}?(号|室|楼|层|单元|栋|幢))*/g,
    "[address]",
  ],
  // English street addresses: "88 Caoxi North Road", "12 Main St".
  [
    /\b\d{1,5}\s+(?:[A-Z][a-z]+\s+){1,4}(?:Road|Rd|Street|St|Avenue|Ave|Lane|Ln|Boulevard|Blvd|Drive|Dr)\b\.?/g,
    "[address]",
  ],
];

/** Masks phone numbers, e-mail addresses, street addresses, tokens and keys in one string. */
export function maskText(text: string): string {
  let out = text;
  for (const [pattern, replacement] of RULES) {
    out = out.replace(pattern, replacement as (substring: string, ...args: string[]) => string);
  }
  return out;
}

/**
 * A copy of a value fit for the log: credential and personal-data keys replaced, every string
 * masked, errors reduced to name, message, code and stack (masked), cycles and depth bounded.
 */
export function maskValue(value: unknown, depth = 0, seen = new WeakSet<object>()): unknown {
  if (typeof value === "string") return maskText(value);
  if (value === null || typeof value !== "object") {
    return typeof value === "bigint" ? value.toString() : value;
  }
  if (seen.has(value)) return "[circular]";
  if (depth > 6) return "[nested]";
  seen.add(value);
  if (value instanceof Error) {
    const code = (value as { code?: unknown }).code;
    const cause = (value as { cause?: unknown }).cause;
    return {
      name: value.name,
      message: maskText(value.message),
      ...(code !== undefined ? { code: maskValue(code, depth + 1, seen) } : {}),
      ...(value.stack ? { stack: maskText(value.stack) } : {}),
      ...(cause !== undefined ? { cause: maskValue(cause, depth + 1, seen) } : {}),
    };
  }
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.slice(0, 50).map((v) => maskValue(v, depth + 1, seen));
  if (value instanceof Map) return maskValue(Object.fromEntries(value), depth, seen);
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    if (SECRET_KEYS.test(key)) out[key] = "[redacted]";
    else if (PII_KEYS.test(key)) out[key] = v === null || v === undefined ? v : "[masked]";
    else out[key] = maskValue(v, depth + 1, seen);
  }
  return out;
}
