/** Option-group rules: a group's min/max must be satisfiable, a selection must respect them. */
export type GroupRule = { id: string; nameEn: string; minChoices: number; maxChoices: number };

/** Problems with a group's min/max given how many options it has; empty when valid. */
export function checkGroupLimits(
  min: number,
  max: number,
  optionCount: number,
): { field: "minChoices" | "maxChoices"; message: string }[] {
  const errors: { field: "minChoices" | "maxChoices"; message: string }[] = [];
  if (!Number.isInteger(min) || min < 0) {
    errors.push({ field: "minChoices", message: "Minimum must be a whole number ≥ 0." });
  }
  if (!Number.isInteger(max) || max < 1) {
    errors.push({ field: "maxChoices", message: "Maximum must be a whole number ≥ 1." });
  }
  if (errors.length === 0 && min > max) {
    errors.push({ field: "minChoices", message: "Minimum cannot exceed maximum." });
  }
  if (errors.length === 0 && min > optionCount) {
    errors.push({
      field: "minChoices",
      message: `Minimum ${min} cannot be met with ${optionCount} option(s).`,
    });
  }
  return errors;
}

/** Problems with a customer's choices per group id; empty when the selection is valid. */
export function checkSelection(
  groups: readonly (GroupRule & { optionIds: readonly string[] })[],
  chosen: readonly string[],
): Record<string, string> {
  const errors: Record<string, string> = {};
  const picked = new Set(chosen);
  for (const g of groups) {
    const n = g.optionIds.filter((id) => picked.has(id)).length;
    if (n < g.minChoices) errors[g.id] = `Choose at least ${g.minChoices} for ${g.nameEn}.`;
    else if (n > g.maxChoices) errors[g.id] = `Choose at most ${g.maxChoices} for ${g.nameEn}.`;
  }
  return errors;
}
