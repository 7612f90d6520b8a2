import type { Role } from "@/lib/generated/prisma/client";

/** The password of every seeded staff account (demo data only). */
export const DEMO_PASSWORD = "waimai-demo";

export type DemoLogin = {
  email: string;
  name: string;
  role: Role;
  password: string;
  storeCodes: readonly string[];
};

/** One sign-in per role, for the README, manual demos and browser tests. */
export const DEMO_LOGINS: readonly DemoLogin[] = [
  {
    email: "admin@demo.local",
    name: "平台管理员 Admin",
    role: "PLATFORM_ADMIN",
    password: DEMO_PASSWORD,
    storeCodes: [],
  },
  {
    email: "supervisor@demo.local",
    name: "运营主管 周敏",
    role: "SUPERVISOR",
    password: DEMO_PASSWORD,
    storeCodes: [],
  },
  {
    email: "dispatcher@demo.local",
    name: "调度员 李强",
    role: "DISPATCHER",
    password: DEMO_PASSWORD,
    storeCodes: [],
  },
  {
    email: "support@demo.local",
    name: "客服 王芳",
    role: "SUPPORT_AGENT",
    password: DEMO_PASSWORD,
    storeCodes: [],
  },
  {
    email: "marketer@demo.local",
    name: "市场 陈静",
    role: "MARKETER",
    password: DEMO_PASSWORD,
    storeCodes: [],
  },
  {
    email: "manager@demo.local",
    name: "店长 刘洋",
    role: "STORE_MANAGER",
    password: DEMO_PASSWORD,
    storeCodes: ["S01", "S02"],
  },
  {
    email: "staff@demo.local",
    name: "店员 张伟",
    role: "STORE_STAFF",
    password: DEMO_PASSWORD,
    storeCodes: ["S01"],
  },
];
