/** An article's stored columns: text in `locale`, the translation in alt*. */
export type ArticleColumns = {
  locale: string;
  title: string;
  body: string;
  altTitle: string | null;
  altBody: string | null;
};

/** The same article as the bilingual editor sees it. */
export type BilingualArticle = {
  titleZh: string | null;
  bodyZh: string | null;
  titleEn: string | null;
  bodyEn: string | null;
};

/** Reads stored columns into Chinese and English fields. */
export function toBilingual(a: ArticleColumns): BilingualArticle {
  const primaryEn = a.locale === "en";
  return {
    titleZh: primaryEn ? a.altTitle : a.title,
    bodyZh: primaryEn ? a.altBody : a.body,
    titleEn: primaryEn ? a.title : a.altTitle,
    bodyEn: primaryEn ? a.body : a.altBody,
  };
}

/** Stores Chinese as the primary text when given, else English (one language is required). */
export function fromBilingual(v: {
  titleZh?: string | undefined;
  bodyZh?: string | undefined;
  titleEn?: string | undefined;
  bodyEn?: string | undefined;
}): ArticleColumns {
  if (v.titleZh && v.bodyZh) {
    return {
      locale: "zh-CN",
      title: v.titleZh,
      body: v.bodyZh,
      altTitle: v.titleEn ?? null,
      altBody: v.bodyEn ?? null,
    };
  }
  return {
    locale: "en",
    title: v.titleEn ?? "",
    body: v.bodyEn ?? "",
    altTitle: null,
    altBody: null,
  };
}

/** The title to show in a UI locale, falling back to the other language. */
export function articleTitle(a: BilingualArticle, locale: string): string {
  return (locale === "en" ? (a.titleEn ?? a.titleZh) : (a.titleZh ?? a.titleEn)) ?? "";
}

/** The body to show in a UI locale, falling back to the other language. */
export function articleBody(a: BilingualArticle, locale: string): string {
  return (locale === "en" ? (a.bodyEn ?? a.bodyZh) : (a.bodyZh ?? a.bodyEn)) ?? "";
}

/** Everything searchable in an article (both languages, title counted twice, tags). */
export function articleSearchText(a: ArticleColumns & { tags: string[] }): string {
  return [a.title, a.title, a.body, a.altTitle, a.altTitle, a.altBody, a.tags.join(" ")]
    .filter(Boolean)
    .join("\n");
}
