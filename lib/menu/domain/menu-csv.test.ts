import { describe, expect, it } from "vitest";
import { parseCsv, serializeCsv } from "./csv";
import { menuToCsv, parseMenuCsv, type MenuExportItem } from "./menu-csv";

describe("csv", () => {
  it("round-trips quotes, commas and newlines", () => {
    const rows = [
      ["a", 'say "hi"', "x,y", "two\nlines", " pad"],
      ["", "", "", "", ""],
    ];
    const parsed = parseCsv(serializeCsv(rows));
    expect(parsed.map((r) => r.fields)).toEqual(rows);
  });
  it("reports the line each record starts on", () => {
    const parsed = parseCsv('h1,h2\n"multi\nline",x\n\nlast,y\n');
    expect(parsed.map((r) => r.line)).toEqual([1, 2, 5]);
  });
  it("throws on an unterminated quote", () => {
    expect(() => parseCsv('a,"b\n')).toThrow(/line 1/);
  });
});

const item: MenuExportItem = {
  categoryZh: ["面", "汤面"],
  categoryEn: ["Noodles", "Soup"],
  nameZh: "牛肉面",
  nameEn: "Beef noodles, large",
  descriptionZh: "",
  descriptionEn: 'Our "classic"',
  price: 2850,
  active: true,
  stockTracked: true,
  stockQty: 12,
  lowStockThreshold: 3,
  sortOrder: 2,
  availability: [{ days: [1, 2], from: "06:00", to: "10:00" }],
  channelOverrides: { MEITUAN: { priceCents: 3000 } },
  optionGroups: [
    {
      nameZh: "辣度",
      nameEn: "Spice",
      minChoices: 1,
      maxChoices: 1,
      options: [
        { nameZh: "微辣", nameEn: "Mild", priceDeltaCents: 0 },
        { nameZh: "加辣", nameEn: "Hot", priceDeltaCents: 100 },
      ],
    },
  ],
};

describe("menu csv", () => {
  it("parses its own export back to the same items", () => {
    const { rows, errors } = parseMenuCsv(menuToCsv([item]));
    expect(errors).toEqual([]);
    expect(rows[0]).toMatchObject({
      ...item,
      categoryZh: "面 / 汤面",
      categoryEn: "Noodles / Soup",
      line: 2,
    });
  });
  it("reports every bad row with its line and field", () => {
    const csv = [
      "nameZh,nameEn,price,stockQty,optionGroups",
      "好,Good,10.00,,",
      ",NoZh,-1,,",
      "坏,Bad,abc,-2,",
      `组,Group,5,,"[{""nameZh"":""a"",""nameEn"":""A"",""minChoices"":3,""maxChoices"":1,""options"":[]}]"`,
      "好,Good,11.00,,",
    ].join("\n");
    const { rows, errors } = parseMenuCsv(csv);
    expect(rows.map((r) => r.nameEn)).toEqual(["Good"]);
    expect(errors.map((e) => [e.line, e.field])).toEqual([
      [3, "nameZh"],
      [3, "price"],
      [4, "price"],
      [4, "stockQty"],
      [5, "optionGroups"],
      [6, "nameEn"],
    ]);
  });
  it("refuses a file without the required columns", () => {
    expect(parseMenuCsv("name,cost\nx,1").errors[0]?.message).toMatch(/nameZh, nameEn, price/);
  });
});
