// Campaigns area messages. Keys here join the app catalogue (lib/platform/i18n); zh-CN is the
// reference, English must have the same keys (the type checks it).
export const campaignsZh = {} as const;

export const campaignsEn: Record<keyof typeof campaignsZh, string> = {};
