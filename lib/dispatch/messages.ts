// Dispatch area messages. Keys here join the app catalogue (lib/platform/i18n); zh-CN is the
// reference, English must have the same keys (the type checks it).
export const dispatchZh = {} as const;

export const dispatchEn: Record<keyof typeof dispatchZh, string> = {};
