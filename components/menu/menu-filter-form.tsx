import type { Translate } from "@/lib/platform/i18n/messages";

/** Search and category filter of the menu table, kept in the URL (a plain GET form). */
export function MenuFilterForm(props: {
  storeId: string;
  search: { q?: string | undefined; cat?: string | undefined };
  categories: { id: string; label: string }[];
  t: Translate;
}) {
  const { t, search } = props;
  return (
    <form method="get" className="inline-field" role="search" data-testid="menu-filter">
      <input type="hidden" name="store" value={props.storeId} />
      <input
        type="search"
        name="q"
        defaultValue={search.q ?? ""}
        aria-label={t("menu.filter.q")}
        placeholder={t("menu.filter.q")}
      />{" "}
      <select name="cat" defaultValue={search.cat ?? ""} aria-label={t("menu.filter.cat")}>
        <option value="">{t("menu.filter.all")}</option>
        {props.categories.map((c) => (
          <option key={c.id} value={c.id}>
            {c.label}
          </option>
        ))}
      </select>{" "}
      <button type="submit" className="button">
        {t("menu.filter.apply")}
      </button>{" "}
      {search.q || search.cat ? (
        <a className="small" href={`/menu?store=${encodeURIComponent(props.storeId)}`}>
          {t("menu.filter.reset")}
        </a>
      ) : null}
    </form>
  );
}
