import { describe, expect, it } from "vitest";
import { filterSections } from "./filter";

const sections = [
  {
    categoryId: "c1",
    items: [
      { id: "a", nameZh: "豆浆", nameEn: "Soy milk" },
      { id: "b", nameZh: "油条", nameEn: "Fried dough" },
    ],
  },
  { categoryId: null, items: [{ id: "c", nameZh: "米饭", nameEn: "Rice" }] },
];
const ids = (s: typeof sections) => s.flatMap((x) => x.items.map((i) => i.id));

describe("menu filter", () => {
  it("keeps everything without a filter", () => {
    expect(ids(filterSections(sections, {}))).toEqual(["a", "b", "c"]);
  });
  it("filters by category, 'none' meaning uncategorized", () => {
    expect(ids(filterSections(sections, { cat: "c1" }))).toEqual(["a", "b"]);
    expect(ids(filterSections(sections, { cat: "none" }))).toEqual(["c"]);
  });
  it("matches either name, case-insensitively, and drops emptied sections", () => {
    expect(filterSections(sections, { q: "SOY" })).toEqual([
      { categoryId: "c1", items: [{ id: "a", nameZh: "豆浆", nameEn: "Soy milk" }] },
    ]);
    expect(ids(filterSections(sections, { q: "米" }))).toEqual(["c"]);
    expect(ids(filterSections(sections, { q: "rice", cat: "c1" }))).toEqual([]);
  });
});
