export type MenuFilter = { q?: string | undefined; cat?: string | undefined };

type Section<I> = { categoryId: string | null; items: I[] };

/** "none" in the category filter stands for dishes without a category. */
export const NO_CATEGORY = "none";

/**
 * The menu sections a filter leaves: one category (or none), and dishes whose Chinese or
 * English name contains the search text (case-insensitive). Empty sections are dropped while
 * filtering, so "select all shown" means exactly the rows on screen.
 */
export function filterSections<I extends { nameZh: string; nameEn: string }, S extends Section<I>>(
  sections: S[],
  filter: MenuFilter,
): S[] {
  const q = filter.q?.trim().toLowerCase() ?? "";
  if (!q && !filter.cat) return sections;
  return sections
    .filter((s) => !filter.cat || (s.categoryId ?? NO_CATEGORY) === filter.cat)
    .map((s) => ({
      ...s,
      items: q
        ? s.items.filter(
            (i) => i.nameZh.toLowerCase().includes(q) || i.nameEn.toLowerCase().includes(q),
          )
        : s.items,
    }))
    .filter((s) => s.items.length > 0);
}
