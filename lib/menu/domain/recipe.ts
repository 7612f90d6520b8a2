/** What one portion of an item (or option) uses of each ingredient. */
export type RecipeLine = { ingredientId: string; quantity: number };

export type ConsumedLine = { itemId: string; quantity: number; optionIds?: readonly string[] };

/**
 * Ingredients an order consumes: each line's item recipe (plus its chosen options' recipes,
 * where modelled) times the quantity, summed per ingredient. Items without a recipe consume
 * nothing. Quantities are rounded to 1e-6 so float sums stay comparable in the ledger.
 */
export function recipeConsumption(
  lines: readonly ConsumedLine[],
  itemRecipes: ReadonlyMap<string, readonly RecipeLine[]>,
  optionRecipes: ReadonlyMap<string, readonly RecipeLine[]> = new Map(),
): Map<string, number> {
  const total = new Map<string, number>();
  const add = (recipe: readonly RecipeLine[] | undefined, times: number) => {
    for (const r of recipe ?? []) {
      total.set(r.ingredientId, (total.get(r.ingredientId) ?? 0) + r.quantity * times);
    }
  };
  for (const line of lines) {
    if (line.quantity <= 0) continue;
    add(itemRecipes.get(line.itemId), line.quantity);
    for (const optionId of line.optionIds ?? []) add(optionRecipes.get(optionId), line.quantity);
  }
  for (const [id, q] of total) total.set(id, Math.round(q * 1e6) / 1e6);
  return total;
}

/** How many whole portions of an item the current ingredient stock allows (Infinity: no recipe). */
export function portionsAvailable(
  recipe: readonly RecipeLine[],
  stock: ReadonlyMap<string, number>,
): number {
  let portions = Infinity;
  for (const r of recipe) {
    if (r.quantity <= 0) continue;
    portions = Math.min(portions, Math.floor((stock.get(r.ingredientId) ?? 0) / r.quantity + 1e-9));
  }
  return Math.max(0, portions);
}
