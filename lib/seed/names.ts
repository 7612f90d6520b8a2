import type { Rng } from "./prng";

// Common surnames, roughly by frequency (the first ones are picked more often).
const SURNAMES = [
  "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡",
  "郭", "何", "高", "林", "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹",
  "彭", "曾", "肖", "田", "董", "袁", "潘", "于", "蒋", "蔡", "余", "杜", "叶", "程", "苏",
  "魏", "吕", "丁", "任", "沈", "姚", "卢", "姜", "崔", "钟", "谭", "陆", "汪", "范", "金",
  "石", "廖", "贾", "夏", "韦", "傅", "方", "白", "邹", "孟", "熊", "秦", "邱", "江", "尹",
  "薛", "闫", "段", "雷", "侯", "龙", "史", "陶", "黎", "贺", "顾", "毛", "郝", "龚", "邵",
  "欧阳", "上官",
] as const;

const GIVEN_CHARS = [
  "伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛",
  "明", "超", "秀", "霞", "平", "刚", "桂", "英", "华", "玉", "萍", "红", "鹏", "辉", "建",
  "晨", "欣", "怡", "佳", "雨", "婷", "宇", "浩", "子", "轩", "梓", "涵", "思", "博", "文",
  "嘉", "俊", "晓", "琳", "雪", "颖", "凯", "亮", "斌", "倩", "宁", "瑶", "昊", "天", "一",
  "诗", "琪", "慧", "可", "馨", "然", "晴", "悦", "航", "铭", "昕", "睿", "哲", "楠", "璐",
] as const;

const EN_FIRST = [
  "James", "Emma", "Oliver", "Sophie", "Lucas", "Mia", "Daniel", "Chloe", "Thomas", "Laura",
  "Max", "Anna", "David", "Julia", "Pierre", "Camille", "Kenji", "Yuki", "Ryan", "Hannah",
  "Marco", "Elena", "Alex", "Sarah", "Ben", "Olivia", "Leon", "Mei", "Tom", "Grace",
] as const;

const EN_LAST = [
  "Smith", "Müller", "Martin", "Brown", "Rossi", "Tanaka", "Wilson", "Dubois", "Johnson",
  "Schmidt", "Garcia", "Taylor", "Kim", "Nguyen", "Anderson", "Weber", "Moreau", "Clarke",
  "Lee", "Walker", "Fischer", "Lopez", "Evans", "Sato",
] as const;

/** A realistic Chinese full name: surname + one or two given-name characters. */
export function chineseName(rng: Rng): string {
  // Squaring the uniform draw favours the common surnames at the head of the list.
  const u = rng.next();
  const surname = SURNAMES[Math.floor(u * u * SURNAMES.length)] ?? "王";
  const given = rng.chance(0.7)
    ? rng.pick(GIVEN_CHARS) + rng.pick(GIVEN_CHARS)
    : rng.pick(GIVEN_CHARS);
  return surname + given;
}

export function englishName(rng: Rng): string {
  return `${rng.pick(EN_FIRST)} ${rng.pick(EN_LAST)}`;
}

const MOBILE_PREFIXES = [
  "130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151", "152", "155",
  "156", "157", "158", "159", "166", "175", "176", "177", "180", "181", "182", "185", "186",
  "187", "188", "189", "191", "198", "199",
] as const;

/** Mobile numbers 1[3-9]xxxxxxxxx, never repeated within one seed run. */
export class PhoneBook {
  private readonly used = new Set<string>();
  constructor(private readonly rng: Rng) {}

  next(): string {
    for (;;) {
      const phone = this.rng.pick(MOBILE_PREFIXES) + this.rng.digits(8);
      if (!this.used.has(phone)) {
        this.used.add(phone);
        return phone;
      }
    }
  }
}

/** Pinyin-ish mailbox local part for staff emails; ASCII only. */
export function emailLocal(rng: Rng, index: number): string {
  const syllables = ["wang", "li", "zhang", "liu", "chen", "yang", "zhao", "wu", "zhou", "xu"];
  return `${rng.pick(syllables)}.${rng.pick(syllables)}${index}`;
}
