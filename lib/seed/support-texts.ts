// Review and ticket wording, Chinese first; English for customers whose locale is en.

export const REVIEW_ZH: Record<number, readonly string[]> = {
  5: [
    "味道很好，分量足，会回购！",
    "送得很快，还是热的👍",
    "老味道，一如既往的好吃",
    "包装很用心，汤一点没洒",
    "性价比高，推荐给同事了",
    "辣度刚好，米饭给得多",
  ],
  4: [
    "整体不错，就是稍微有点咸",
    "好吃，配送慢了一点点",
    "分量可以，下次试试别的",
    "味道正宗，包装可以再改进",
  ],
  3: ["一般般，没有以前好吃了", "味道还行，就是有点凉了", "分量偏少，价格偏贵"],
  2: ["送到已经凉了，口感很差", "等了快一个小时", "汤洒了一半，体验不好"],
  1: [
    "少送了一份菜，联系不上商家",
    "菜里有头发，太恶心了",
    "超时一个多小时，饭全坨了",
    "和图片完全不一样",
  ],
};

export const REVIEW_EN: Record<number, readonly string[]> = {
  5: [
    "Delicious and arrived hot. Will order again!",
    "Great portions, fast delivery.",
    "Best noodles in Xuhui.",
  ],
  4: ["Tasty, a bit too salty for me.", "Good food, delivery a little slow."],
  3: ["Okay, but it was lukewarm when it arrived.", "Average, smaller portion than expected."],
  2: ["Food was cold and the soup leaked.", "Took almost an hour."],
  1: ["Missing an item and nobody answered the phone.", "Over an hour late, food was inedible."],
};

export const REPLY_ZH: Record<number, readonly string[]> = {
  5: ["感谢亲的好评，期待您再次光临！", "谢谢支持，我们会继续保持～"],
  4: ["感谢反馈，我们会调整口味，欢迎再来！"],
  3: ["抱歉没能让您满意，我们会改进出餐和包装。"],
  2: ["非常抱歉给您带来不好的体验，已经和骑手团队沟通。"],
  1: ["实在抱歉！请联系客服为您处理退款，我们已严肃整改。"],
};

export const REPLY_EN = [
  "Thank you for your feedback! We hope to serve you again soon.",
  "Sorry about that — we have passed this on to the kitchen.",
];

export type TicketKind = "review" | "late" | "where" | "missing" | "refund";

export const TICKET_SUBJECTS: Record<TicketKind, readonly [string, string]> = {
  review: ["差评回访：顾客对餐品不满意", "Follow-up on a low rating"],
  late: ["订单超时未送达", "Order delivered late"],
  where: ["我的外卖到哪了？", "Where is my order?"],
  missing: ["少送/送错餐品", "Missing or wrong item"],
  refund: ["餐品洒漏，申请退款", "Spilled food, refund request"],
};

export const CUSTOMER_MSG: Record<TicketKind, readonly [string, string]> = {
  review: [
    "东西真的很难吃，而且送来都凉了，希望给个说法。",
    "The food was cold and not good. Please look into it.",
  ],
  late: [
    "订单已经超时很久了，骑手电话也打不通。",
    "My order is very late and the rider does not answer.",
  ],
  where: ["显示已经出餐很久了，怎么还没到？", "The app says it was ready long ago, where is it?"],
  missing: ["少了一份菜，麻烦处理一下。", "One dish is missing from my order."],
  refund: ["汤全洒了，没法吃，要求退款。", "The soup spilled everywhere, I want a refund."],
};

export const AGENT_FIRST = [
  "您好，我是客服，非常抱歉给您带来不便，正在为您核实订单 {{code}}。",
  "Hello, sorry for the trouble. I am checking order {{code}} for you now.",
] as const;

export const AGENT_RESOLVE = [
  "已为您处理完毕，退款将在1-3个工作日原路退回，再次致歉。",
  "This has been resolved; any refund returns to your original payment method within 1-3 business days.",
] as const;

export const INTERNAL_NOTES = [
  "已电话联系门店，确认出餐延误，责任在店。",
  "骑手反馈电梯排队，已记录。",
  "同一顾客本月第二次投诉，注意跟进。",
  "Checked GPS trail: rider waited 12 min at the store.",
] as const;

export const CSAT_COMMENTS = [
  "处理很及时，谢谢",
  "客服态度很好",
  "退款到账了",
  "还行吧",
  "Quick and helpful, thanks",
] as const;
