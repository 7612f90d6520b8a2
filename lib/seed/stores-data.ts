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

const PLATFORMS_AUTO = { STOREFRONT: false, MEITUAN: true, ELEME: true, PHONE: false } as const;
const ALL_MANUAL = { STOREFRONT: false, MEITUAN: false, ELEME: false, PHONE: false } as const;
const ALL_AUTO = { STOREFRONT: true, MEITUAN: true, ELEME: true, PHONE: false } as const;

type Meta = Omit<StoreDef, "menu">;

// Invented brands on real Xuhui roads; coordinates are near the named road.
const META: readonly Meta[] = [
  {
    code: "S01",
    nameZh: "湘味小厨",
    nameEn: "Xiang Flavour Kitchen",
    brand: "湘味小厨",
    cuisine: "湘菜 Hunan",
    address: "上海市徐汇区天钥桥路380号",
    lat: 31.1889,
    lng: 121.4383,
    phone: "021-64381288",
    opensAt: 600,
    closesAt: 1320,
    prepMinutes: 15,
    minOrderCents: 2000,
    packagingFeeCents: 200,
    autoAccept: PLATFORMS_AUTO,
    popularity: 1.3,
  },
  {
    code: "S02",
    nameZh: "金城兰州牛肉面",
    nameEn: "Jincheng Lanzhou Beef Noodles",
    brand: "金城",
    cuisine: "西北面食 Northwest noodles",
    address: "上海市徐汇区漕溪北路88号",
    lat: 31.1938,
    lng: 121.4367,
    phone: "021-64876613",
    opensAt: 600,
    closesAt: 1320,
    prepMinutes: 8,
    minOrderCents: 1500,
    packagingFeeCents: 100,
    autoAccept: ALL_AUTO,
    popularity: 1.2,
  },
  {
    code: "S03",
    nameZh: "闽味沙县小吃",
    nameEn: "Minwei Shaxian Snacks",
    brand: "闽味",
    cuisine: "闽菜小吃 Fujian snacks",
    address: "上海市徐汇区宜山路455号",
    lat: 31.1822,
    lng: 121.4246,
    phone: "021-54253207",
    opensAt: 570,
    closesAt: 1380,
    prepMinutes: 10,
    minOrderCents: 1500,
    packagingFeeCents: 100,
    autoAccept: PLATFORMS_AUTO,
    popularity: 1.0,
  },
  {
    code: "S04",
    nameZh: "鲁香黄焖鸡米饭",
    nameEn: "Luxiang Braised Chicken Rice",
    brand: "鲁香",
    cuisine: "鲁菜快餐 Shandong fast food",
    address: "上海市徐汇区南丹路210号",
    lat: 31.1921,
    lng: 121.4412,
    phone: "021-64682945",
    opensAt: 600,
    closesAt: 1320,
    prepMinutes: 12,
    minOrderCents: 2000,
    packagingFeeCents: 150,
    autoAccept: PLATFORMS_AUTO,
    popularity: 1.1,
  },
  {
    code: "S05",
    nameZh: "蜀香麻辣烫",
    nameEn: "Shuxiang Malatang",
    brand: "蜀香",
    cuisine: "麻辣烫 Malatang",
    address: "上海市徐汇区虹桥路1035号",
    lat: 31.1986,
    lng: 121.4256,
    phone: "021-62953318",
    opensAt: 630,
    closesAt: 1440,
    prepMinutes: 12,
    minOrderCents: 2000,
    packagingFeeCents: 150,
    autoAccept: ALL_MANUAL,
    popularity: 1.0,
  },
  {
    code: "S06",
    nameZh: "茶语时光",
    nameEn: "Tea Moment",
    brand: "茶语时光",
    cuisine: "奶茶饮品 Milk tea",
    address: "上海市徐汇区衡山路12号",
    lat: 31.2058,
    lng: 121.4461,
    phone: "021-64731126",
    opensAt: 600,
    closesAt: 1320,
    prepMinutes: 6,
    minOrderCents: 1500,
    packagingFeeCents: 100,
    autoAccept: ALL_AUTO,
    popularity: 1.1,
  },
  {
    code: "S07",
    nameZh: "老街坊烧烤",
    nameEn: "Old Neighbours BBQ",
    brand: "老街坊",
    cuisine: "烧烤 BBQ",
    address: "上海市徐汇区建国西路285号",
    lat: 31.2071,
    lng: 121.4538,
    phone: "021-64152230",
    opensAt: 1020,
    closesAt: 1560,
    prepMinutes: 20,
    minOrderCents: 3000,
    packagingFeeCents: 200,
    autoAccept: ALL_MANUAL,
    popularity: 1.4,
  },
  {
    code: "S08",
    nameZh: "港湾茶餐厅",
    nameEn: "Harbour Cha Chaan Teng",
    brand: "港湾",
    cuisine: "粤式茶餐厅 Cantonese",
    address: "上海市徐汇区肇嘉浜路1065号",
    lat: 31.1985,
    lng: 121.4447,
    phone: "021-64259087",
    opensAt: 600,
    closesAt: 1320,
    prepMinutes: 15,
    minOrderCents: 2500,
    packagingFeeCents: 200,
    autoAccept: PLATFORMS_AUTO,
    popularity: 1.0,
  },
  {
    code: "S09",
    nameZh: "一期一会便当",
    nameEn: "Ichigo Bento",
    brand: "一期一会",
    cuisine: "日料便当 Japanese bento",
    address: "上海市徐汇区天平路245号",
    lat: 31.2012,
    lng: 121.4371,
    phone: "021-64075512",
    opensAt: 630,
    closesAt: 1290,
    prepMinutes: 14,
    minOrderCents: 3000,
    packagingFeeCents: 200,
    autoAccept: PLATFORMS_AUTO,
    popularity: 0.9,
  },
  {
    code: "S10",
    nameZh: "绿野轻食",
    nameEn: "Green Field Salad",
    brand: "绿野",
    cuisine: "轻食沙拉 Salads",
    address: "上海市徐汇区宛平路88号",
    lat: 31.2031,
    lng: 121.4418,
    phone: "021-64039961",
    opensAt: 600,
    closesAt: 1260,
    prepMinutes: 10,
    minOrderCents: 3000,
    packagingFeeCents: 150,
    autoAccept: ALL_AUTO,
    popularity: 0.8,
  },
  {
    code: "S11",
    nameZh: "东北饺子馆",
    nameEn: "Dongbei Dumpling House",
    brand: "老北方",
    cuisine: "东北菜 Dongbei",
    address: "上海市徐汇区田林路140号",
    lat: 31.1781,
    lng: 121.4221,
    phone: "021-54191736",
    opensAt: 600,
    closesAt: 1320,
    prepMinutes: 15,
    minOrderCents: 2000,
    packagingFeeCents: 150,
    autoAccept: PLATFORMS_AUTO,
    popularity: 0.9,
  },
  {
    code: "S12",
    nameZh: "津门煎饼果子",
    nameEn: "Jinmen Jianbing",
    brand: "津门",
    cuisine: "早餐 Breakfast",
    address: "上海市徐汇区桂平路391号",
    lat: 31.1772,
    lng: 121.4327,
    phone: "021-64853372",
    opensAt: 390,
    closesAt: 840,
    prepMinutes: 6,
    minOrderCents: 1000,
    packagingFeeCents: 50,
    autoAccept: ALL_AUTO,
    popularity: 0.8,
  },
  {
    code: "S13",
    nameZh: "巴蜀人家",
    nameEn: "Bashu Family Sichuan",
    brand: "巴蜀人家",
    cuisine: "川菜 Sichuan",
    address: "上海市徐汇区龙华西路315号",
    lat: 31.1839,
    lng: 121.4528,
    phone: "021-64568820",
    opensAt: 600,
    closesAt: 1320,
    prepMinutes: 18,
    minOrderCents: 2500,
    packagingFeeCents: 200,
    autoAccept: PLATFORMS_AUTO,
    popularity: 1.1,
  },
  {
    code: "S14",
    nameZh: "酷克炸鸡汉堡",
    nameEn: "Cook's Fried Chicken & Burgers",
    brand: "酷克",
    cuisine: "炸鸡汉堡 Fried chicken",
    address: "上海市徐汇区斜土路2140号",
    lat: 31.1933,
    lng: 121.4571,
    phone: "021-64172259",
    opensAt: 600,
    closesAt: 1350,
    prepMinutes: 10,
    minOrderCents: 2000,
    packagingFeeCents: 150,
    autoAccept: ALL_AUTO,
    popularity: 1.2,
  },
];

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
