"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { useI18n } from "@/components/providers/i18n-provider";
import { MENU_CHANNELS, type MenuChannel, type Schedule } from "@/lib/menu/domain/availability";
import { menuItemInputSchema, type MenuItemInput } from "@/lib/menu/schemas";
import { createMenuItemAction, updateMenuItemAction } from "@/lib/menu/server/editor-actions";
import { uploadMenuPhoto } from "@/lib/menu/photo-client";
import { zodIssuesToFields } from "@/lib/menu/form-errors";
import { errorText, toFen, toYuan } from "./error-text";
import { groupDraft, OptionGroupsEditor, type GroupDraft } from "./option-groups-editor";
import { ScheduleEditor } from "./schedule-editor";

type Channels = Record<MenuChannel, { price: string; off: boolean }>;

/** Create or edit one dish: bilingual texts, price, photo, hours, channels, option groups. */
export function ItemEditor(props: {
  storeId: string;
  itemId: string | null;
  updatedAt: string | null;
  /** The notice of the save that led here ("1" saved, "approval" price change queued). */
  saved?: "1" | "approval" | null;
  photoUrl: string | null;
  initial: MenuItemInput;
  categories: { id: string; label: string }[];
  ingredients: { id: string; name: string; unit: string }[];
}) {
  const { t } = useI18n();
  const router = useRouter();
  const [pending, start] = useTransition();
  const init = props.initial;
  const [f, setF] = useState({
    nameZh: init.nameZh,
    nameEn: init.nameEn,
    descriptionZh: init.descriptionZh,
    descriptionEn: init.descriptionEn,
    price: toYuan(init.priceCents),
    categoryId: init.categoryId ?? "",
    active: init.active,
  });
  const [photo, setPhoto] = useState({ id: init.photoId, url: props.photoUrl });
  const [schedule, setSchedule] = useState<Schedule>(init.availability ?? []);
  const [channels, setChannels] = useState<Channels>(
    Object.fromEntries(
      MENU_CHANNELS.map((c) => [
        c,
        {
          price: toYuan(init.channelOverrides[c]?.priceCents),
          off: init.channelOverrides[c]?.available === false,
        },
      ]),
    ) as Channels,
  );
  const [groups, setGroups] = useState<GroupDraft[]>(init.optionGroups.map(groupDraft));
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  // After a save the page reloads with the new version (a fresh editor): keep its notice.
  const [message, setMessage] = useState<string | null>(
    props.saved === "approval"
      ? t("menu.ed.priceAwaitsApproval")
      : props.saved === "1"
        ? t("menu.ed.saved")
        : null,
  );
  // An edit makes the last "saved" notice stale.
  const set = (patch: Partial<typeof f>) => {
    setMessage(null);
    setF((prev) => ({ ...prev, ...patch }));
  };
  const err = (path: string) => {
    const list = Object.entries(errors)
      .filter(([k]) => k === path || k.startsWith(`${path}.`))
      .flatMap(([, m]) => m);
    return list.length ? (
      <span className="form-error" role="alert" data-field={path}>
        {list.map((m) => errorText(t, m)).join(" ")}
      </span>
    ) : null;
  };

  const input = () => ({
    ...init,
    storeId: props.storeId,
    categoryId: f.categoryId || null,
    nameZh: f.nameZh,
    nameEn: f.nameEn,
    descriptionZh: f.descriptionZh,
    descriptionEn: f.descriptionEn,
    priceCents: toFen(f.price),
    active: f.active,
    photoId: photo.id,
    availability: schedule.length ? schedule : null,
    channelOverrides: Object.fromEntries(
      MENU_CHANNELS.flatMap((c) => {
        const ch = channels[c];
        const o = {
          ...(ch.price.trim() ? { priceCents: toFen(ch.price) } : {}),
          ...(ch.off ? { available: false } : {}),
        };
        return Object.keys(o).length ? [[c, o]] : [];
      }),
    ),
    optionGroups: groups.map((g) => ({
      ...(g.id ? { id: g.id } : {}),
      nameZh: g.nameZh,
      nameEn: g.nameEn,
      minChoices: g.min.trim() === "" ? Number.NaN : Number(g.min),
      maxChoices: g.max.trim() === "" ? Number.NaN : Number(g.max),
      options: g.options.map((o) => ({
        ...(o.id ? { id: o.id } : {}),
        nameZh: o.nameZh,
        nameEn: o.nameEn,
        priceDeltaCents: toFen(o.price),
        recipe: o.ingredientId ? [{ ingredientId: o.ingredientId, quantity: Number(o.qty) }] : [],
      })),
    })),
  });

  const save = () => {
    setMessage(null);
    const parsed = menuItemInputSchema.safeParse(input());
    if (!parsed.success) {
      setErrors(zodIssuesToFields(parsed.error.issues));
      setMessage(t("menu.ed.fix"));
      return;
    }
    start(async () => {
      const result =
        props.itemId && props.updatedAt
          ? await updateMenuItemAction({
              ...parsed.data,
              id: props.itemId,
              expectedUpdatedAt: new Date(props.updatedAt),
            })
          : await createMenuItemAction(parsed.data);
      if (!result.ok) {
        setErrors(result.fieldErrors ?? {});
        setMessage(
          result.code === "conflict" ? t("menu.ed.conflict") : errorText(t, result.message),
        );
        return;
      }
      setErrors({});
      const queued = "priceApprovalId" in result.data && Boolean(result.data.priceApprovalId);
      setMessage(queued ? t("menu.ed.priceAwaitsApproval") : t("menu.ed.saved"));
      router.push(
        `/menu/items/${result.data.id}?store=${encodeURIComponent(props.storeId)}&saved=${queued ? "approval" : "1"}`,
      );
      router.refresh();
    });
  };

  const text = (key: "nameZh" | "nameEn" | "descriptionZh" | "descriptionEn", label: string) => (
    <label>
      {label} <input name={key} value={f[key]} onChange={(e) => set({ [key]: e.target.value })} />
      {err(key)}
    </label>
  );
  return (
    <form
      className="panel entry-form"
      data-testid="item-editor"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
    >
      <fieldset disabled={pending}>
        {text("nameZh", t("menu.ed.nameZh"))}
        {text("nameEn", t("menu.ed.nameEn"))}
        {text("descriptionZh", t("menu.ed.descZh"))}
        {text("descriptionEn", t("menu.ed.descEn"))}
        <label>
          {t("menu.ed.price")}{" "}
          <input
            name="price"
            inputMode="decimal"
            value={f.price}
            onChange={(e) => set({ price: e.target.value })}
          />
          {err("priceCents")}
        </label>
        <label>
          {t("menu.category")}{" "}
          <select value={f.categoryId} onChange={(e) => set({ categoryId: e.target.value })}>
            <option value="">{t("menu.uncategorized")}</option>
            {props.categories.map((c) => (
              <option key={c.id} value={c.id}>
                {c.label}
              </option>
            ))}
          </select>
          {err("categoryId")}
        </label>
        <label>
          <input
            type="checkbox"
            checked={f.active}
            onChange={(e) => set({ active: e.target.checked })}
          />{" "}
          {t("menu.ed.active")}
        </label>
        <label>
          {t("menu.ed.photo")} <span className="muted small">{t("menu.ed.photoHint")}</span>{" "}
          <input
            type="file"
            accept="image/png,image/jpeg,image/webp,image/gif"
            data-testid="photo-input"
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (!file) return;
              start(async () => {
                const up = await uploadMenuPhoto(props.storeId, file);
                if (up.ok) {
                  setPhoto({ id: up.id, url: up.url });
                  setErrors((prev) => ({ ...prev, photoId: [] }));
                } else setErrors((prev) => ({ ...prev, photoId: [up.message] }));
              });
            }}
          />
          {photo.url ? (
            // eslint-disable-next-line @next/next/no-img-element -- served by our own route, no optimiser
            <img src={photo.url} alt="" width={96} height={72} data-testid="photo-preview" />
          ) : null}
          {err("photoId")}
        </label>
        <ScheduleEditor value={schedule} onChange={setSchedule} err={err} />
        <fieldset>
          <legend>{t("menu.ed.channels")}</legend>
          {MENU_CHANNELS.map((c) => (
            <div key={c} className="inline-field">
              <strong>{c}</strong>{" "}
              <input
                aria-label={`${c} ${t("menu.ed.channelPrice")}`}
                placeholder={t("menu.ed.channelPrice")}
                inputMode="decimal"
                value={channels[c].price}
                onChange={(e) =>
                  setChannels({ ...channels, [c]: { ...channels[c], price: e.target.value } })
                }
              />
              <label>
                <input
                  type="checkbox"
                  checked={channels[c].off}
                  onChange={(e) =>
                    setChannels({ ...channels, [c]: { ...channels[c], off: e.target.checked } })
                  }
                />{" "}
                {t("menu.ed.channelOff")}
              </label>
              {err(`channelOverrides.${c}`)}
            </div>
          ))}
        </fieldset>
        <OptionGroupsEditor
          groups={groups}
          onChange={setGroups}
          ingredients={props.ingredients}
          err={err}
        />
        <button type="submit" className="button primary" data-testid="item-save">
          {t("menu.ed.save")}
        </button>
        {message ? (
          <p role="status" data-testid="item-editor-message">
            {message}
          </p>
        ) : null}
        {err("_")}
      </fieldset>
    </form>
  );
}
