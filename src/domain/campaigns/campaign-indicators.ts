// The indicators a campaign asks, in the order the form asks them.
import type { PrismaClient } from "../../generated/prisma/client.js";
import type { IndicatorKind } from "../../generated/prisma/enums.js";

export interface AskedIndicator {
  id: number;
  code: string;
  kind: IndicatorKind;
  titleRu: string;
  titleEn: string;
}

export async function loadAskedIndicators(db: PrismaClient, campaignId: number): Promise<AskedIndicator[]> {
  const asked = await db.campaignIndicator.findMany({
    where: { campaignId },
    select: { indicator: { select: { id: true, code: true, kind: true, titleRu: true, titleEn: true } } },
    orderBy: { position: "asc" },
  });
  return asked.map((a) => a.indicator);
}
