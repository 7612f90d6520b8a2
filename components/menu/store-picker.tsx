import type { Locale, Translate } from "@/lib/platform/i18n/messages";
import type { StoreOption } from "@/lib/stores/server/queries";

/** Picks the store whose menu is shown, via `?store=`; works without JavaScript. */
export function StorePicker(props: {
  stores: StoreOption[];
  currentId: string;
  locale: Locale;
  t: Translate;
}) {
  const { stores, currentId, locale, t } = props;
  return (
    <form method="get" className="inline-field">
      <label className="inline-field">
        <span className="muted">{t("shell.store")}</span>
        <select name="store" defaultValue={currentId} aria-label={t("shell.store")}>
          {stores.map((s) => (
            <option key={s.id} value={s.id}>
              {s.code} · {locale === "en" ? s.nameEn : s.nameZh}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className="button">
        {t("menu.show")}
      </button>
    </form>
  );
}
