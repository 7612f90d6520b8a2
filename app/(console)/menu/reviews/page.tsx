import Link from "next/link";
import { z } from "zod";
import { MenuSubnav } from "@/components/menu/menu-subnav";
import { ReviewReply } from "@/components/menu/review-reply";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { actorCan } from "@/lib/platform/actor";
import { db } from "@/lib/platform/db";
import { formatTime } from "@/lib/platform/i18n/format";
import { getTranslator } from "@/lib/platform/i18n/server";
import { requirePagePermission } from "@/lib/platform/session";
import { cannedRepliesFor } from "@/lib/menu/domain/canned-replies";
import { getMenuStore } from "@/lib/menu/server/queries";
import { findDishRatingTrends, findReviews } from "@/lib/menu/server/reviews";

const searchSchema = z.object({
  store: z.string().min(1).max(64).optional().catch(undefined),
  dish: z.string().min(1).max(64).optional().catch(undefined),
  low: z.literal("1").optional().catch(undefined),
});

export default async function ReviewsPage(props: {
  searchParams: Promise<Record<string, string>>;
}) {
  const actor = await requirePagePermission("menu.view");
  const search = searchSchema.parse(await props.searchParams);
  const [{ t, locale }, { store }] = await Promise.all([
    getTranslator(),
    getMenuStore(actor, search.store),
  ]);
  if (!store) return <EmptyState message={t("menu.noStore")} />;
  const [reviews, trend] = await Promise.all([
    findReviews(db, store.id, { itemId: search.dish, maxRating: search.low ? 2 : undefined }),
    findDishRatingTrends(db, store.id),
  ]);
  const canReply = actorCan(actor, "menu.edit");
  const base = `/menu/reviews?store=${encodeURIComponent(store.id)}`;
  const name = (x: { nameZh: string; nameEn: string }) => (locale === "en" ? x.nameEn : x.nameZh);
  return (
    <>
      <PageHeader
        title={t("menu.reviews.title")}
        subtitle={`${store.code} · ${locale === "en" ? store.nameEn : store.nameZh}`}
      />
      <MenuSubnav current="/menu/reviews" storeId={store.id} t={t} />
      <p className="inline-field">
        <Link className={`button${search.low ? "" : " primary"}`} href={base}>
          {t("menu.reviews.all")}
        </Link>
        <Link className={`button${search.low ? " primary" : ""}`} href={`${base}&low=1`}>
          {t("menu.reviews.lowOnly")}
        </Link>
      </p>
      <section className="panel">
        {reviews.length === 0 ? (
          <EmptyState message={t("menu.reviews.empty")} />
        ) : (
          <ul className="attention-list" data-testid="reviews">
            {reviews.map((r) => (
              <li key={r.id} data-rating={r.rating}>
                <strong>
                  {"★".repeat(r.rating)}
                  {"☆".repeat(5 - r.rating)}
                </strong>{" "}
                <Link href={`/orders?order=${encodeURIComponent(r.orderId)}`}>{r.orderCode}</Link>{" "}
                <span className="muted small">{formatTime(r.createdAt, locale)}</span>{" "}
                {r.ticketId ? (
                  <Link
                    className="badge danger"
                    href={`/support?ticket=${encodeURIComponent(r.ticketCode ?? r.ticketId)}`}
                  >
                    {t("menu.reviews.ticket", { code: r.ticketCode ?? "" })}
                  </Link>
                ) : null}
                {r.comment ? <p>{r.comment}</p> : null}
                {r.dishes.length > 0 ? (
                  <p className="small">
                    {r.dishes.map((d) => (
                      <Link key={d.itemId} href={`${base}&dish=${encodeURIComponent(d.itemId)}`}>
                        {name(d)} {d.rating}★{" "}
                      </Link>
                    ))}
                  </p>
                ) : null}
                {r.reply ? <p className="muted">↳ {r.reply}</p> : null}
                {canReply && !r.reply ? (
                  <ReviewReply
                    reviewId={r.id}
                    current={r.reply}
                    canned={cannedRepliesFor(r.rating, r.customerName)}
                  />
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </section>
      {trend.length > 0 ? (
        <section className="panel">
          <h2>{t("menu.reviews.trend")}</h2>
          <table className="data" data-testid="dish-rating-trend">
            <tbody>
              {trend.map((p) => (
                <tr key={`${p.week}|${p.itemId}`}>
                  <td>{p.week}</td>
                  <td>{name(p)}</td>
                  <td className="num">{p.avg}</td>
                  <td className="num">{p.count}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : null}
    </>
  );
}
