import { z } from "zod";
import { ROLES, PERMISSIONS } from "@/lib/platform/permissions";

// Same as PASSWORD_MIN_LENGTH in lib/platform/passwords.ts, which cannot be imported here: it
// loads argon2, and these schemas are also bundled for the browser.
const PASSWORD_MIN_LENGTH = 8;

const id = z.string().min(1).max(40);
const idList = z.array(id).max(200).default([]);

export const setUserDisabledSchema = z.object({
  userId: id,
  disabled: z.boolean(),
});
export type SetUserDisabledInput = z.infer<typeof setUserDisabledSchema>;

export const createInviteSchema = z.object({
  email: z.string().trim().toLowerCase().email().max(200),
  role: z.enum(ROLES),
  customRoleId: id.optional().or(z.literal("").transform(() => undefined)),
  storeIds: idList,
  expiresInHours: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 14)
    .default(72),
});
export type CreateInviteInput = z.output<typeof createInviteSchema>;

const password = z.string().min(PASSWORD_MIN_LENGTH).max(200);

export const acceptInviteSchema = z
  .object({
    token: z.string().min(20).max(200),
    name: z.string().trim().min(1).max(80),
    password,
    confirm: z.string().max(200),
  })
  .refine((v) => v.password === v.confirm, { path: ["confirm"], message: "Passwords differ." });
export type AcceptInviteInput = z.output<typeof acceptInviteSchema>;

export const resetPasswordSchema = z
  .object({ token: z.string().min(20).max(200), password, confirm: z.string().max(200) })
  .refine((v) => v.password === v.confirm, { path: ["confirm"], message: "Passwords differ." });
export type ResetPasswordInput = z.output<typeof resetPasswordSchema>;

export const updateStaffSchema = z.object({
  userId: id,
  name: z.string().trim().min(1).max(80),
  role: z.enum(ROLES),
  customRoleId: id.nullable().default(null),
  storeIds: idList,
  brands: z.array(z.string().trim().min(1).max(80)).max(20).default([]),
  zoneIds: idList,
});
export type UpdateStaffInput = z.output<typeof updateStaffSchema>;

export const userIdSchema = z.object({ userId: id });

export const updateProfileSchema = z.object({
  name: z.string().trim().min(1).max(80),
  phone: z
    .string()
    .trim()
    .max(30)
    .regex(/^[0-9+\-\s]*$/, "Digits, spaces, + and - only.")
    .default(""),
  locale: z.enum(["zh-CN", "en"]),
});
export type UpdateProfileInput = z.output<typeof updateProfileSchema>;

export const changePasswordSchema = z
  .object({ current: z.string().min(1).max(200), password, confirm: z.string().max(200) })
  .refine((v) => v.password === v.confirm, { path: ["confirm"], message: "Passwords differ." });
export type ChangePasswordInput = z.output<typeof changePasswordSchema>;

export const customRoleSchema = z.object({
  id: id.optional(),
  name: z.string().trim().min(1).max(60),
  baseRole: z.enum(ROLES),
  permissions: z.array(z.enum(PERMISSIONS)).max(PERMISSIONS.length),
});
export type CustomRoleInput = z.output<typeof customRoleSchema>;
export const deleteCustomRoleSchema = z.object({ id });

const when = z.coerce.date();
export const scheduleShiftSchema = z
  .object({
    kind: z.enum(["STAFF", "COURIER"]),
    personId: id,
    storeId: id.nullable().default(null),
    startsAt: when,
    endsAt: when,
  })
  .refine((v) => v.endsAt > v.startsAt, {
    path: ["endsAt"],
    message: "The end must be after the start.",
  })
  .refine((v) => v.endsAt.getTime() - v.startsAt.getTime() <= 16 * 3_600_000, {
    path: ["endsAt"],
    message: "A shift lasts at most 16 hours.",
  });
export type ScheduleShiftInput = z.output<typeof scheduleShiftSchema>;
export const deleteShiftSchema = z.object({ kind: z.enum(["STAFF", "COURIER"]), id });

export const METRICS = [
  "ordersHandled",
  "ticketsResolved",
  "refundsIssued",
  "deliveries",
  "onTimeRate",
  "csat",
] as const;
export type Metric = (typeof METRICS)[number];
export const targetSchema = z.object({
  metric: z.enum(METRICS),
  storeId: id.nullable().default(null),
  target: z.coerce.number().min(0).max(1_000_000),
  pointsPerUnit: z.coerce.number().int().min(0).max(10_000),
  bonusPoints: z.coerce.number().int().min(0).max(1_000_000),
});
export type TargetInput = z.output<typeof targetSchema>;

export const trainingItemSchema = z.object({
  role: z.enum(ROLES),
  titleZh: z.string().trim().min(1).max(120),
  titleEn: z.string().trim().min(1).max(120),
});
export type TrainingItemInput = z.output<typeof trainingItemSchema>;
export const trainingToggleSchema = z.object({ itemId: id, done: z.boolean() });
export const trainingItemIdSchema = z.object({ itemId: id });

export const auditFiltersSchema = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  actor: z.string().trim().max(200).optional().catch(undefined),
  entity: z.string().trim().max(60).optional().catch(undefined),
  from: z.coerce.date().optional().catch(undefined),
  to: z.coerce.date().optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).default(1).catch(1),
});
export type AuditFilters = z.output<typeof auditFiltersSchema>;
