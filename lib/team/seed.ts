import type { Db } from "@/lib/platform/db-client";
import type { Role } from "@/lib/generated/prisma/enums";

// The demo's starting checklists; managers edit them on /team/training.
const ITEMS: { role: Role; titleZh: string; titleEn: string }[] = [
  { role: "STORE_STAFF", titleZh: "接单与出餐流程", titleEn: "Accepting and preparing orders" },
  { role: "STORE_STAFF", titleZh: "食品安全与卫生", titleEn: "Food safety and hygiene" },
  { role: "STORE_STAFF", titleZh: "库存盘点与估清", titleEn: "Stock counts and sold-out items" },
  { role: "STORE_MANAGER", titleZh: "处理退款", titleEn: "Handling refunds" },
  { role: "STORE_MANAGER", titleZh: "排班与审批", titleEn: "Scheduling and approvals" },
  { role: "SUPPORT_AGENT", titleZh: "处理退款", titleEn: "Handling refunds" },
  { role: "SUPPORT_AGENT", titleZh: "补偿标准", titleEn: "Compensation guidelines" },
  { role: "DISPATCHER", titleZh: "改派与异常处理", titleEn: "Reassigning and exceptions" },
];

/** Writes the demo training checklists (one per role). */
export async function seedTraining(db: Db): Promise<void> {
  await db.trainingItem.createMany({
    data: ITEMS.map((item, i) => ({ ...item, sortOrder: i })),
  });
}
