import type { Rng } from "./prng";
import { DAY, HOUR } from "./time";
import type { Staff } from "./users";
import type { Writer } from "./writer";

const ARTICLES: readonly (readonly [
  locale: string,
  title: string,
  tags: readonly string[],
  body: string,
])[] = [
  [
    "zh-CN",
    "超时订单如何处理",
    ["late", "sla"],
    "1. 查看骑手轨迹与出餐时间，判断责任方。\n2. 超时15分钟以内：致歉并赠送3元无门槛券。\n3. 超时30分钟以上：可按配送费全额退款，成本由平台或骑手承担。",
  ],
  [
    "zh-CN",
    "少送、错送餐品的退款流程",
    ["refund", "missing-item"],
    "请顾客上传照片；核实后按单品发起部分退款，责任方选择“门店”。同一顾客30天内第三次申请需主管审批。",
  ],
  [
    "zh-CN",
    "差评回访话术",
    ["review"],
    "先致歉，再说明改进措施，不要与顾客争辩。回复中不得包含顾客隐私信息（电话、地址）。",
  ],
  [
    "zh-CN",
    "门店临时暂停营业",
    ["store"],
    "在门店页面选择“暂停接单”并填写原因；已接订单仍需完成或与顾客协商取消。",
  ],
  [
    "en",
    "Handling late orders",
    ["late", "sla"],
    "Check the rider trail and the ready time to find who caused the delay. Under 15 minutes late: apologise and offer a ¥3 voucher. Over 30 minutes: the delivery fee may be refunded in full.",
  ],
  [
    "en",
    "Refunds for missing or wrong items",
    ["refund", "missing-item"],
    "Ask for a photo, verify, then refund the affected items only. The store bears the cost unless the seal was broken in transit.",
  ],
  [
    "en",
    "Replying to low ratings",
    ["review"],
    "Apologise first, explain what changes, never argue. Never include the customer's phone number or address in a public reply.",
  ],
  [
    "en",
    "Pausing a store",
    ["store"],
    "Use Pause on the store page and give a reason. Accepted orders must still be completed or cancelled with the customer's agreement.",
  ],
];

const CANNED: readonly (readonly [title: string, zh: string, en: string])[] = [
  [
    "致歉-超时 Late apology",
    "{{customer.name}}您好，订单 {{order.code}} 送达超时，非常抱歉！已为您申请补偿。",
    "Hi {{customer.name}}, we are sorry order {{order.code}} arrived late. We have arranged compensation.",
  ],
  [
    "核实中 Checking",
    "您好，正在为您核实订单 {{order.code}}，请稍候。",
    "Hello, we are checking order {{order.code}} for you, one moment please.",
  ],
  [
    "退款已处理 Refund issued",
    "订单 {{order.code}} 的退款 {{refund.amount}} 已提交，1-3个工作日原路退回。",
    "A refund of {{refund.amount}} for order {{order.code}} has been issued and will arrive in 1-3 business days.",
  ],
  [
    "请提供照片 Photo please",
    "麻烦您拍一下餐品和小票的照片发给我们，方便核实。",
    "Could you send a photo of the food and the receipt so we can verify?",
  ],
  [
    "骑手在路上 Rider on the way",
    "您的订单 {{order.code}} 骑手正在配送中，预计 {{order.eta}} 送达。",
    "Your rider is on the way with order {{order.code}}, expected at {{order.eta}}.",
  ],
  [
    "结束对话 Closing",
    "感谢您的耐心，{{customer.name}}，祝您用餐愉快！",
    "Thank you for your patience, {{customer.name}}. Enjoy your meal!",
  ],
];

/** Knowledge base, canned replies and a few historical audit-log entries. */
export function seedContent(
  w: Writer,
  rng: Rng,
  now: Date,
  staff: Staff,
  storeIds: Map<string, string>,
): void {
  const n = now.getTime();
  ARTICLES.forEach(([locale, title, tags, body], i) => {
    const createdAt = new Date(n - (90 - i * 5) * DAY);
    w.push("knowledgeArticle", {
      id: rng.id("a"),
      locale,
      title,
      body,
      tags: JSON.stringify(tags),
      createdAt,
      updatedAt: new Date(createdAt.getTime() + 7 * DAY),
    });
  });
  CANNED.forEach(([title, bodyZh, bodyEn], i) => {
    w.push("cannedReply", {
      id: rng.id("r"),
      title,
      bodyZh,
      bodyEn,
      createdAt: new Date(n - (80 - i) * DAY),
    });
  });
  const s01 = storeIds.get("S01") ?? null;
  const s05 = storeIds.get("S05") ?? null;
  const entries: readonly (readonly [
    string | null,
    string,
    string,
    string | null,
    object | null,
    object | null,
    number,
  ])[] = [
    [
      staff.adminId,
      "user.create",
      "User",
      null,
      null,
      { email: "support4@demo.local", role: "SUPPORT_AGENT" },
      40 * DAY,
    ],
    [staff.adminId, "apiKey.create", "ApiKey", s01, null, { channel: "MEITUAN" }, 30 * DAY],
    [
      staff.marketerId,
      "campaign.submit",
      "Campaign",
      null,
      { status: "DRAFT" },
      { status: "PENDING_APPROVAL" },
      21 * DAY,
    ],
    [
      staff.supervisorId,
      "campaign.approve",
      "Campaign",
      null,
      { status: "PENDING_APPROVAL" },
      { status: "LIVE" },
      20 * DAY,
    ],
    [
      staff.storeUserIds.get("S01")?.[0] ?? null,
      "menuItem.update",
      "MenuItem",
      s01,
      { priceCents: 3600 },
      { priceCents: 3800 },
      12 * DAY,
    ],
    [
      staff.storeUserIds.get("S05")?.[0] ?? null,
      "store.pause",
      "Store",
      s05,
      { status: "OPEN" },
      { status: "PAUSED", pausedReason: "设备检修" },
      6 * DAY,
    ],
    [
      staff.storeUserIds.get("S05")?.[0] ?? null,
      "store.resume",
      "Store",
      s05,
      { status: "PAUSED" },
      { status: "OPEN" },
      6 * DAY - 2 * HOUR,
    ],
    [
      staff.supportIds[0] ?? null,
      "refund.create",
      "Refund",
      null,
      null,
      { amountCents: 1800, bearer: "STORE" },
      3 * DAY,
    ],
    [
      staff.adminId,
      "user.disable",
      "User",
      null,
      { disabledAt: null },
      { disabledAt: "set" },
      2 * DAY,
    ],
  ];
  for (const [actorId, action, entityType, storeId, before, after, ago] of entries) {
    w.push("auditLog", {
      id: rng.id("l"),
      actorId,
      action,
      entityType,
      entityId: rng.id("e"),
      storeId,
      before: before === null ? null : JSON.stringify(before),
      after: after === null ? null : JSON.stringify(after),
      ip: `10.0.${rng.int(0, 9)}.${rng.int(2, 250)}`,
      userAgent: "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) Chrome/131.0",
      createdAt: new Date(n - ago),
    });
  }
}
