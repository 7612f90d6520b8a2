import { Fragment } from "react";
import { EmptyState } from "@/components/ui/empty-state";
import { formatMoney } from "@/lib/platform/i18n/format";
import Link from "next/link";
import type { Locale, MessageKey, Translate } from "@/lib/platform/i18n/messages";
import type { MenuSection } from "@/lib/menu/server/queries";
import { SoldOutControl } from "./sold-out-control";

const COLUMNS = 7;
const GREYED = new Set(["ingredient", "category", "schedule"]);

/** The menu of one store, one group of rows per category. */
export function MenuItemsTable(props: {
  sections: MenuSection[];
  locale: Locale;
  t: Translate;
  /** Whether the viewer may mark items sold out (stock.adjust). */
  canSoldOut?: boolean;
  /** Store id for edit links, when the viewer may edit (menu.edit). */
  editStoreId?: string | null;
  /** The bulk-edit form the row checkboxes join, when the viewer may edit. */
  bulkFormId?: string | null;
}) {
  const { sections, locale, t } = props;
  if (sections.length === 0) return <EmptyState message={t("common.noData")} />;
  const name = (x: { nameZh: string; nameEn: string }) => (locale === "en" ? x.nameEn : x.nameZh);
  return (
    <div className="table-wrap">
      <table className="data" data-testid="menu-items">
        <thead>
          <tr>
            <th>
              {props.bulkFormId ? <span className="sr-only">{t("menu.bulk.title")}</span> : null}
            </th>
            <th>{t("menu.ed.photoCol")}</th>
            <th>{t("menu.item")}</th>
            <th className="num">{t("menu.price")}</th>
            <th className="num">{t("menu.optionGroups")}</th>
            <th>{t("common.status")}</th>
            <th className="num">{t("menu.stock")}</th>
          </tr>
        </thead>
        <tbody>
          {sections.map((section) => (
            <Fragment key={section.categoryId ?? "none"}>
              <tr className="group-row">
                <th colSpan={COLUMNS} scope="colgroup">
                  {section.categoryId ? name(section) : t("menu.uncategorized")}
                  <span className="muted small"> · {section.items.length}</span>
                </th>
              </tr>
              {section.items.length === 0 ? (
                <tr>
                  <td colSpan={COLUMNS} className="muted">
                    {t("menu.noItems")}
                  </td>
                </tr>
              ) : null}
              {section.items.map((item) => (
                <tr
                  key={item.id}
                  data-testid="menu-item-row"
                  data-item-id={item.id}
                  data-sold-out={item.soldOut || undefined}
                  data-unavailable={item.unavailable ?? undefined}
                  className={item.unavailable ? "muted" : undefined}
                >
                  <td>
                    {props.bulkFormId ? (
                      <input
                        type="checkbox"
                        name="itemIds"
                        value={item.id}
                        form={props.bulkFormId}
                        aria-label={t("menu.bulk.select", { name: name(item) })}
                      />
                    ) : null}
                  </td>
                  <td>
                    {item.photoUrl ? (
                      // eslint-disable-next-line @next/next/no-img-element -- our own photo route
                      <img
                        src={item.photoUrl}
                        alt=""
                        width={48}
                        height={36}
                        data-testid="item-photo"
                      />
                    ) : null}
                  </td>
                  <td>
                    {name(item)}
                    {props.editStoreId ? (
                      <>
                        {" "}
                        <Link
                          className="small"
                          href={`/menu/items/${item.id}?store=${encodeURIComponent(props.editStoreId)}`}
                          aria-label={`${t("menu.ed.edit")} ${name(item)}`}
                        >
                          {t("menu.ed.edit")}
                        </Link>
                      </>
                    ) : null}
                  </td>
                  <td className="num">{formatMoney(item.priceCents, locale)}</td>
                  <td className="num">{item.optionGroupCount}</td>
                  <td>
                    <span className={`badge ${item.soldOut ? "danger" : "ok"}`}>
                      {t(item.soldOut ? "menu.soldOut" : "menu.available")}
                    </span>{" "}
                    {item.unavailable && GREYED.has(item.unavailable) ? (
                      <span className="badge warn" data-testid="unavailable-reason">
                        {t(`menu.reason.${item.unavailable}` as MessageKey)}
                      </span>
                    ) : null}{" "}
                    {props.canSoldOut ? (
                      <SoldOutControl
                        target="item"
                        id={item.id}
                        name={name(item)}
                        soldOutUntil={item.soldOutUntil}
                        indefinite={item.soldOutIndefinite}
                      />
                    ) : null}
                  </td>
                  <td className="num">
                    {item.stockQty === null ? (
                      <span className="muted">{t("menu.untracked")}</span>
                    ) : (
                      <>
                        {item.lowStock ? (
                          <span className="badge warn">{t("menu.lowStock")}</span>
                        ) : null}{" "}
                        {item.stockQty}
                      </>
                    )}
                  </td>
                </tr>
              ))}
            </Fragment>
          ))}
        </tbody>
      </table>
    </div>
  );
}
