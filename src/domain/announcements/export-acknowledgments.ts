// «📄 Excel» on the card: every recipient with their school, how their copy went and when they pressed
// «Ознакомлен» (local time), as the database returns them, ordered by school and name.
import ExcelJS from "exceljs";
import { z } from "zod";
import type { Actor } from "../actor.js";
import type { DomainDeps } from "../deps.js";
import { parseInput } from "../input-error.js";
import { formatLocal } from "../time/zoned-time.js";
import { loadAnnouncement, requireCardAccess } from "./announcement-access.js";
import { excerptOf } from "./announcement-notices.js";

const input = z.object({ announcementId: z.number().int().positive() });

const DELIVERY: Record<string, string> = { QUEUED: "в очереди", SENDING: "в очереди", SENT: "доставлено", FAILED: "не доставлено", BLOCKED: "заблокировал бота" };

export async function exportAcknowledgments(deps: DomainDeps, actor: Actor, raw: z.input<typeof input>): Promise<{ filename: string; content: Buffer }> {
  const { announcementId } = parseInput(input, raw);
  const a = await loadAnnouncement(deps, announcementId);
  requireCardAccess(actor, a);
  const rows = await deps.db.$queryRawUnsafe<Array<{ school: string | null; person: string; role: string; status: string | null; acknowledgedAt: Date | string | null }>>(
    `SELECT s.name AS school, p."displayName" AS person, p.role::text AS role, o.status::text AS status, r."acknowledgedAt"
       FROM "AnnouncementRecipient" r JOIN "Person" p ON p.id = r."personId" LEFT JOIN "School" s ON s.id = r."schoolId"
       LEFT JOIN "OutboxMessage" o ON o."dedupeKey" = 'ann:' || r."announcementId" || ':' || r."personId"
      WHERE r."announcementId" = $1
      ORDER BY s.name NULLS LAST, p."displayName", p.id`,
    a.id,
  );
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("Ознакомление");
  sheet.addRow([excerptOf(a.text, 200)]).font = { bold: true };
  sheet.addRow([`Отправлено ${formatLocal(a.sendAt, a.municipality.timeZone)}, ${a.author.displayName}`]);
  sheet.addRow([]);
  sheet.addRow(["Школа", "Получатель", "Доставка", "Ознакомлен"]).font = { bold: true };
  for (const r of rows) {
    const at = r.acknowledgedAt ? formatLocal(new Date(r.acknowledgedAt), a.municipality.timeZone) : "";
    sheet.addRow([r.school ?? "", r.person, DELIVERY[r.status ?? ""] ?? "", at]);
  }
  sheet.columns = [{ width: 40 }, { width: 32 }, { width: 20 }, { width: 18 }];
  const content = Buffer.from(await book.xlsx.writeBuffer());
  return { filename: `oznakomlenie-${a.id}.xlsx`, content };
}
