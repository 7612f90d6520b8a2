import type { Channel } from "@/lib/generated/prisma/client";
import type { MenuDef } from "./menu-types";
import { MENUS_A } from "./menus-a";
import { MENUS_B } from "./menus-b";

export type StoreDef = {
  code: string;
  nameZh: string;
  nameEn: string;
  brand: string;
  cuisine: string;
  address: string;
  lat: number;
  lng: number;
  phone: string;
  // local minutes; closes may exceed 1440 (after midnight)
  opensAt: number;
  closesAt: number;
  prepMinutes: number;
  minOrderCents: number;
  packagingFeeCents: number;
  autoAccept: Partial<Record<Channel, boolean>>;
  // relative share of the district's orders
  popularity: number;
  menu: MenuDef;
};

type Meta = Omit<StoreDef, "menu">;

// Invented brands on real Xuhui roads; coordinates are near the named road. Columns: code |
// 中文名 | English name | brand | cuisine | address | lat, lng | phone | hours (local, "26:00" =
// 02:00 next day) | prep minutes | min order (fen) | packaging (fen) | auto-accept | popularity
const TABLE = `
S01 | 湘味小厨 | Xiang Flavour Kitchen | 湘味小厨 | 湘菜 Hunan | 天钥桥路380号 | 31.1889, 121.4383 | 021-64381288 | 10:00-22:00 | 15 | 2000 | 200 | platforms | 1.3
S02 | 金城兰州牛肉面 | Jincheng Lanzhou Beef Noodles | 金城 | 西北面食 Northwest noodles | 漕溪北路88号 | 31.1938, 121.4367 | 021-64876613 | 10:00-22:00 | 8 | 1500 | 100 | auto | 1.2
S03 | 闽味沙县小吃 | Minwei Shaxian Snacks | 闽味 | 闽菜小吃 Fujian snacks | 宜山路455号 | 31.1822, 121.4246 | 021-54253207 | 09:30-23:00 | 10 | 1500 | 100 | platforms | 1.0
S04 | 鲁香黄焖鸡米饭 | Luxiang Braised Chicken Rice | 鲁香 | 鲁菜快餐 Shandong fast food | 南丹路210号 | 31.1921, 121.4412 | 021-64682945 | 10:00-22:00 | 12 | 2000 | 150 | platforms | 1.1
S05 | 蜀香麻辣烫 | Shuxiang Malatang | 蜀香 | 麻辣烫 Malatang | 虹桥路1035号 | 31.1986, 121.4256 | 021-62953318 | 10:30-24:00 | 12 | 2000 | 150 | manual | 1.0
S06 | 茶语时光 | Tea Moment | 茶语时光 | 奶茶饮品 Milk tea | 衡山路12号 | 31.2058, 121.4461 | 021-64731126 | 10:00-22:00 | 6 | 1500 | 100 | auto | 1.1
S07 | 老街坊烧烤 | Old Neighbours BBQ | 老街坊 | 烧烤 BBQ | 建国西路285号 | 31.2071, 121.4538 | 021-64152230 | 17:00-26:00 | 20 | 3000 | 200 | manual | 1.4
S08 | 港湾茶餐厅 | Harbour Cha Chaan Teng | 港湾 | 粤式茶餐厅 Cantonese | 肇嘉浜路1065号 | 31.1985, 121.4447 | 021-64259087 | 10:00-22:00 | 15 | 2500 | 200 | platforms | 1.0
S09 | 一期一会便当 | Ichigo Bento | 一期一会 | 日料便当 Japanese bento | 天平路245号 | 31.2012, 121.4371 | 021-64075512 | 10:30-21:30 | 14 | 3000 | 200 | platforms | 0.9
S10 | 绿野轻食 | Green Field Salad | 绿野 | 轻食沙拉 Salads | 宛平路88号 | 31.2031, 121.4418 | 021-64039961 | 10:00-21:00 | 10 | 3000 | 150 | auto | 0.8
S11 | 东北饺子馆 | Dongbei Dumpling House | 老北方 | 东北菜 Dongbei | 田林路140号 | 31.1781, 121.4221 | 021-54191736 | 10:00-22:00 | 15 | 2000 | 150 | platforms | 0.9
S12 | 津门煎饼果子 | Jinmen Jianbing | 津门 | 早餐 Breakfast | 桂平路391号 | 31.1772, 121.4327 | 021-64853372 | 06:30-14:00 | 6 | 1000 | 50 | auto | 0.8
S13 | 巴蜀人家 | Bashu Family Sichuan | 巴蜀人家 | 川菜 Sichuan | 龙华西路315号 | 31.1839, 121.4528 | 021-64568820 | 10:00-22:00 | 18 | 2500 | 200 | platforms | 1.1
S14 | 酷克炸鸡汉堡 | Cook's Fried Chicken & Burgers | 酷克 | 炸鸡汉堡 Fried chicken | 斜土路2140号 | 31.1933, 121.4571 | 021-64172259 | 10:00-22:30 | 10 | 2000 | 150 | auto | 1.2
`;

const AUTO_ACCEPT: Record<string, Partial<Record<Channel, boolean>>> = {
  platforms: { STOREFRONT: false, MEITUAN: true, ELEME: true, PHONE: false },
  manual: { STOREFRONT: false, MEITUAN: false, ELEME: false, PHONE: false },
  auto: { STOREFRONT: true, MEITUAN: true, ELEME: true, PHONE: false },
};

function minutes(hhmm: string): number {
  const [h = "0", m = "0"] = hhmm.split(":");
  return Number(h) * 60 + Number(m);
}

const META: readonly Meta[] = TABLE.trim()
  .split("\n")
  .map((row) => {
    const [code = "", nameZh = "", nameEn = "", brand = "", cuisine = "", address = "", ...rest] =
      row.split("|").map((c) => c.trim());
    const [
      latLng = "",
      phone = "",
      hours = "",
      prep = "",
      min = "",
      pack = "",
      auto = "",
      pop = "",
    ] = rest;
    const [lat = 0, lng = 0] = latLng.split(",").map(Number);
    const [opens = "10:00", closes = "22:00"] = hours.split("-");
    return {
      code,
      nameZh,
      nameEn,
      brand,
      cuisine,
      address: `上海市徐汇区${address}`,
      lat,
      lng,
      phone,
      opensAt: minutes(opens),
      closesAt: minutes(closes),
      prepMinutes: Number(prep),
      minOrderCents: Number(min),
      packagingFeeCents: Number(pack),
      autoAccept: AUTO_ACCEPT[auto] ?? {},
      popularity: Number(pop),
    };
  });

const MENUS: Record<string, MenuDef> = { ...MENUS_A, ...MENUS_B };

export const STORE_DEFS: readonly StoreDef[] = META.map((m) => {
  const menu = MENUS[m.code];
  if (menu === undefined) throw new Error(`no menu for ${m.code}`);
  return { ...m, menu };
});

/** Whether a store takes orders at a local minute of the day (handles after-midnight closing). */
export function isOpenAt(store: Pick<StoreDef, "opensAt" | "closesAt">, minute: number): boolean {
  if (minute >= store.opensAt && minute < store.closesAt) return true;
  return store.closesAt > 1440 && minute < store.closesAt - 1440;
}
