// The campaign's results as an Excel workbook for the МОУО: one row per submitted school, one column group
// per indicator, the municipal totals, and a sheet of schools that have not submitted. Headers in Russian.
import ExcelJS from "exceljs";
import { z } from "zod";
import type { Actor } from "../actor.js";
import type { DomainDeps } from "../deps.js";
import { formatLocal } from "../time/zoned-time.js";
import { idSchema, parseInput } from "./campaign-input.js";
import { formatAggregate, getCampaignResults, type CampaignResults } from "./get-campaign-results.js";
import { FORM_STATE_WORDS_RU } from "./form-state-words.js";

const exportInput = z.object({ campaignId: idSchema });

export const RESULTS_SHEET = "Результаты";
export const NOT_SUBMITTED_SHEET = "Не сдали";
/** Rows 1–2 title, 4–5 headers (a share spans three columns under one title), data from row 6. */
export const FIRST_DATA_ROW = 6;
export const TOTALS_LABEL = "Итого по муниципалитету";

const PERCENT_FORMAT = "0.0%";
// Inline strings and light compression: at 1,000 schools the shared-string table and maximum deflate were
// most of the export's time, for a file a few kilobytes smaller.
const WRITE_OPTIONS = { useSharedStrings: false, zip: { compression: "DEFLATE", compressionOptions: { level: 1 } } } as const;
const FIXED_COLUMNS = ["№", "ОО", "Дата сдачи"];

export async function exportCampaignResults(
  deps: DomainDeps,
  actor: Actor,
  input: z.input<typeof exportInput>,
): Promise<{ filename: string; content: Buffer }> {
  const { campaignId } = parseInput(exportInput, input);
  const results = await getCampaignResults(deps, actor, { campaignId });
  const workbook = new ExcelJS.Workbook();
  workbook.created = deps.now();
  writeResultsSheet(workbook.addWorksheet(RESULTS_SHEET), results);
  writeNotSubmittedSheet(workbook.addWorksheet(NOT_SUBMITTED_SHEET), results);
  const content = Buffer.from(await workbook.xlsx.writeBuffer(WRITE_OPTIONS));
  const period = results.campaign.period.replace(/[^0-9A-Za-z-]/g, "");
  return { filename: `monitoring-${period}-${campaignId}.xlsx`, content };
}

function writeResultsSheet(sheet: ExcelJS.Worksheet, results: CampaignResults): void {
  const { campaign } = results;
  sheet.getCell(1, 1).value = `Мониторинг «${campaign.title}» (${campaign.period})`;
  sheet.getCell(1, 1).font = { bold: true, size: 13 };
  sheet.getCell(2, 1).value =
    `${campaign.municipalityName}. Срок сдачи: ${formatLocal(new Date(campaign.deadline), campaign.timeZone)}. ` +
    `Сдали: ${results.submittedCount} из ${results.schoolCount} ОО.`;

  const top = 4;
  const sub = 5;
  FIXED_COLUMNS.forEach((title, index) => {
    sheet.getCell(top, index + 1).value = title;
    sheet.mergeCells(top, index + 1, sub, index + 1);
  });
  let column = FIXED_COLUMNS.length + 1;
  const starts: number[] = [];
  for (const indicator of results.indicators) {
    starts.push(column);
    sheet.getCell(top, column).value = indicator.titleRu;
    if (indicator.kind === "SHARE") {
      ["число", "всего", "%"].forEach((title, offset) => (sheet.getCell(sub, column + offset).value = title));
      sheet.mergeCells(top, column, top, column + 2);
      column += 3;
    } else {
      sheet.mergeCells(top, column, sub, column);
      sheet.getColumn(column).width = indicator.kind === "TEXT" ? 40 : 16;
      column += 1;
    }
  }
  for (const rowNumber of [top, sub]) {
    const row = sheet.getRow(rowNumber);
    row.font = { bold: true };
    row.alignment = { wrapText: true, vertical: "middle", horizontal: "center" };
  }
  sheet.getRow(top).height = 90;
  sheet.getColumn(1).width = 5;
  sheet.getColumn(2).width = 28;
  sheet.getColumn(3).width = 17;

  let rowNumber = FIRST_DATA_ROW;
  const submitted = results.schools.filter((s) => s.status === "submitted");
  submitted.forEach((school, index) => {
    const row = sheet.getRow(rowNumber++);
    row.getCell(1).value = index + 1;
    row.getCell(2).value = school.shortName;
    row.getCell(3).value = school.submittedAt ? formatLocal(new Date(school.submittedAt), campaign.timeZone) : null;
    school.values.forEach((value, i) => {
      const at = starts[i] ?? 0;
      if (value === null) return;
      switch (value.kind) {
        case "SHARE":
          writeShare(row, at, value.numerator, value.denominator);
          break;
        case "COUNT":
          row.getCell(at).value = value.number;
          break;
        case "BOOLEAN":
          row.getCell(at).value = value.flag ? "да" : "нет";
          break;
        case "TEXT":
          row.getCell(at).value = value.text;
          row.getCell(at).alignment = { wrapText: true, vertical: "top" };
          break;
      }
    });
  });

  const totals = sheet.getRow(rowNumber);
  totals.getCell(2).value = TOTALS_LABEL;
  totals.font = { bold: true };
  results.indicators.forEach(({ aggregate }, i) => {
    const at = starts[i] ?? 0;
    switch (aggregate.kind) {
      case "SHARE":
        writeShare(totals, at, aggregate.numerator, aggregate.denominator);
        break;
      case "COUNT":
        totals.getCell(at).value = aggregate.sum;
        break;
      case "BOOLEAN":
      case "TEXT":
        // The sheet is in Russian whoever asked for it: it goes on to the region as it is.
        totals.getCell(at).value = formatAggregate(aggregate, "ru");
        break;
    }
  });
  sheet.views = [{ state: "frozen", xSplit: 2, ySplit: sub }];
}

/** Numbers, not text: the columns can be summed and checked in Excel. */
function writeShare(row: ExcelJS.Row, at: number, numerator: number, denominator: number): void {
  row.getCell(at).value = numerator;
  row.getCell(at + 1).value = denominator;
  if (denominator > 0) {
    row.getCell(at + 2).value = numerator / denominator;
    row.getCell(at + 2).numFmt = PERCENT_FORMAT;
  }
}

function writeNotSubmittedSheet(sheet: ExcelJS.Worksheet, results: CampaignResults): void {
  const total = results.indicators.length;
  sheet.addRow(["№", "ОО", "Полное наименование", "Статус", "Заполнено показателей"]).font = { bold: true };
  results.notSubmitted.forEach((school, index) => {
    sheet.addRow([
      index + 1,
      school.shortName,
      school.name,
      FORM_STATE_WORDS_RU[school.status === "draft" ? "draft" : "none"],
      `${school.answered} из ${total}`,
    ]);
  });
  sheet.getColumn(2).width = 28;
  sheet.getColumn(3).width = 60;
  sheet.getColumn(4).width = 14;
  sheet.getColumn(5).width = 22;
}
