// Compact menu notation: each item is "中文名|English name|price in fen|flags", where the flags
// attach option groups: s = 规格 size, p = 辣度 spice level, a = 加料 add-ons, t = 甜度/温度 (drinks).
export type MenuDef = {
  addons: readonly (readonly [string, string, number])[];
  sizeUpCents: number;
  categories: readonly (readonly [string, string, readonly string[]])[];
};
