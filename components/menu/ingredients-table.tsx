import type { Locale, Translate } from "@/lib/platform/i18n/messages";
import type { IngredientRow } from "@/lib/menu/server/queries";

/** Ingredient stock of one store, with a warning at or below the reorder threshold. */
export function IngredientsTable(props: { rows: IngredientRow[]; locale: Locale; t: Translate }) {
  const { rows, locale, t } = props;
  // Quantities are measured (grams, litres), so they may carry fractions.
  const qty = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  return (
    <div className="table-wrap">
      <table className="data" data-testid="ingredients-table">
        <thead>
          <tr>
            <th>{t("menu.ingredient")}</th>
            <th className="num">{t("menu.stock")}</th>
            <th className="num">{t("menu.threshold")}</th>
            <th>{t("common.status")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((i) => (
            <tr key={i.id}>
              <td>{i.name}</td>
              <td className="num">
                {qty.format(i.stockQty)} {i.unit}
              </td>
              <td className="num">
                {i.lowStockThreshold === null
                  ? "—"
                  : `${qty.format(i.lowStockThreshold)} ${i.unit}`}
              </td>
              <td>
                <span className={`badge ${i.lowStock ? "warn" : "ok"}`}>
                  {t(i.lowStock ? "menu.lowStock" : "menu.stockOk")}
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
