// Team area messages. Keys here join the app catalogue (lib/platform/i18n); zh-CN is the
// reference, English must have the same keys (the type checks it).
export const teamZh = {} as const;

export const teamEn: Record<keyof typeof teamZh, string> = {};
