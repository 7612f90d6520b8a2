import type { Rng } from "./prng";

/** Splits a word list written over several lines (`sep` "" = one word per character). */
function words(text: string, sep = " "): readonly string[] {
  return sep === "" ? [...text.replace(/\s/g, "")] : text.trim().split(/\s+/);
}

// Common surnames, roughly by frequency (the first ones are picked more often).
const SURNAMES = words(`
王 李 张 刘 陈 杨 黄 赵 吴 周 徐 孙 马 朱 胡 郭 何 高 林 罗 郑 梁 谢 宋 唐 许 韩 冯 邓 曹 彭 曾 肖 田 董 袁 潘 于 蒋 蔡 余 杜 叶 程 苏
魏 吕 丁 任 沈 姚 卢 姜 崔 钟 谭 陆 汪 范 金 石 廖 贾 夏 韦 傅 方 白 邹 孟 熊 秦 邱 江 尹 薛 闫 段 雷 侯 龙 史 陶 黎 贺 顾 毛 郝 龚 邵
欧阳 上官
`);

const GIVEN_CHARS = words(
  `
伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红鹏辉建晨欣怡佳雨婷宇浩子轩
梓涵思博文嘉俊晓琳雪颖凯亮斌倩宁瑶昊天一诗琪慧可馨然晴悦航铭昕睿哲楠璐
`,
  "",
);

const EN_FIRST = words(`
James Emma Oliver Sophie Lucas Mia Daniel Chloe Thomas Laura Max Anna David Julia Pierre
Camille Kenji Yuki Ryan Hannah Marco Elena Alex Sarah Ben Olivia Leon Mei Tom Grace
`);

const EN_LAST = words(`
Smith Müller Martin Brown Rossi Tanaka Wilson Dubois Johnson Schmidt Garcia Taylor Kim
Nguyen Anderson Weber Moreau Clarke Lee Walker Fischer Lopez Evans Sato
`);

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

const MOBILE_PREFIXES = words(`
130 131 132 133 135 136 137 138 139 150 151 152 155 156 157 158 159 166 175 176 177 180
181 182 185 186 187 188 189 191 198 199
`);

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
