// Support area messages. Keys here join the app catalogue (lib/platform/i18n); zh-CN is the
// reference, English must have the same keys (the type checks it).
export const supportZh = {} as const;

export const supportEn: Record<keyof typeof supportZh, string> = {};
