// Menus are written as text, one line per entry, so the data reads like a printed menu:
//   + 加煎蛋 | Fried egg | 300          an add-on (加料) with its price in fen
//   # 招牌湘菜 | Signature Hunan         a category
//   辣椒炒肉 | Stir-fried Pork | 3800 | p   a dish; flags attach option groups:
// s = 规格 size, p = 辣度 spice level, a = 加料 add-ons, t = 甜度/温度 (drinks).
export type MenuLine = { nameZh: string; nameEn: string; priceCents: number; flags: string };
export type MenuDef = {
  addons: readonly (readonly [string, string, number])[];
  sizeUpCents: number;
  categories: readonly { nameZh: string; nameEn: string; items: readonly MenuLine[] }[];
};

/** Parses the text notation above; `sizeUpCents` is the surcharge for the large size. */
export function menu(sizeUpCents: number, text: string): MenuDef {
  const addons: [string, string, number][] = [];
  const categories: { nameZh: string; nameEn: string; items: MenuLine[] }[] = [];
  for (const raw of text.split("\n")) {
    const line = raw.trim();
    if (line === "") continue;
    const marker = line[0];
    const [a = "", b = "", c = "0", d = ""] = line
      .replace(/^[+#]\s*/, "")
      .split("|")
      .map((p) => p.trim());
    if (marker === "+") addons.push([a, b, Number(c)]);
    else if (marker === "#") categories.push({ nameZh: a, nameEn: b, items: [] });
    else {
      const cat = categories[categories.length - 1];
      if (cat === undefined) throw new Error(`menu item before any category: ${line}`);
      cat.items.push({ nameZh: a, nameEn: b, priceCents: Number(c), flags: d });
    }
  }
  return { addons, sizeUpCents, categories };
}
