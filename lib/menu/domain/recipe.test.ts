import { describe, expect, it } from "vitest";
import { portionsAvailable, recipeConsumption } from "./recipe";

const items = new Map([
  [
    "beef-noodles",
    [
      { ingredientId: "beef", quantity: 0.15 },
      { ingredientId: "noodles", quantity: 0.2 },
    ],
  ],
  ["plain-noodles", [{ ingredientId: "noodles", quantity: 0.2 }]],
]);
const options = new Map([["extra-beef", [{ ingredientId: "beef", quantity: 0.05 }]]]);

describe("recipe consumption", () => {
  it("multiplies each item's recipe by the quantity and sums per ingredient", () => {
    const used = recipeConsumption(
      [
        { itemId: "beef-noodles", quantity: 2 },
        { itemId: "plain-noodles", quantity: 3 },
      ],
      items,
    );
    expect(Object.fromEntries(used)).toEqual({ beef: 0.3, noodles: 1 });
  });

  it("adds chosen options' recipes per portion", () => {
    const used = recipeConsumption(
      [{ itemId: "beef-noodles", quantity: 3, optionIds: ["extra-beef", "no-recipe"] }],
      items,
      options,
    );
    expect(used.get("beef")).toBe(0.6);
  });

  it("consumes nothing for items without a recipe or zero quantity", () => {
    expect(recipeConsumption([{ itemId: "tea", quantity: 5 }], items).size).toBe(0);
    expect(recipeConsumption([{ itemId: "beef-noodles", quantity: 0 }], items).size).toBe(0);
  });

  it("keeps float sums exact enough to compare (0.1 × 3)", () => {
    const used = recipeConsumption(
      [{ itemId: "x", quantity: 3 }],
      new Map([["x", [{ ingredientId: "salt", quantity: 0.1 }]]]),
    );
    expect(used.get("salt")).toBe(0.3);
  });

  it("counts whole portions the ingredient stock allows", () => {
    const recipe = items.get("beef-noodles") ?? [];
    expect(
      portionsAvailable(
        recipe,
        new Map([
          ["beef", 0.45],
          ["noodles", 10],
        ]),
      ),
    ).toBe(3);
    expect(portionsAvailable(recipe, new Map([["beef", 10]]))).toBe(0);
    expect(portionsAvailable([], new Map())).toBe(Infinity);
  });
});
