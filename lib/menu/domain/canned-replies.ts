/** Bilingual canned replies to reviews, by the rating they suit. `{name}` is the customer. */
export const CANNED_REPLIES = [
  {
    id: "thanks",
    minRating: 4,
    zh: "感谢{name}的好评!期待您再次光临。",
    en: "Thank you for the kind words, {name}! We look forward to serving you again.",
  },
  {
    id: "improve",
    minRating: 3,
    zh: "感谢{name}的反馈,我们会继续改进口味和出餐速度。",
    en: "Thanks for the feedback, {name}. We are working on taste and speed.",
  },
  {
    id: "sorry",
    minRating: 1,
    zh: "非常抱歉给{name}带来不好的体验,客服已跟进处理,请留意消息。",
    en: "We are very sorry, {name}. Our support team is following up with you.",
  },
] as const;

/** The canned replies suitable for a rating (best match first), filled in with the name. */
export function cannedRepliesFor(
  rating: number,
  name: string,
): { id: string; zh: string; en: string }[] {
  const who = name.trim() || "您";
  return CANNED_REPLIES.filter((r) => rating >= r.minRating)
    .sort((a, b) => b.minRating - a.minRating)
    .map((r) => ({
      id: r.id,
      zh: r.zh.replace("{name}", who),
      en: r.en.replace("{name}", name.trim() || "there"),
    }));
}
