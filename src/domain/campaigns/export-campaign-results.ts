// The campaign's results as an Excel workbook for the МОУО: one row per submitted school, one column group
// per indicator, the municipal totals, and a sheet of schools that have not submitted. Headers in Russian.
// Written with ExcelJS's streaming writer (rows go to the zip as they are committed, no workbook model kept),
// from one query for the schools and their values and one grouped query for the totals. Every text is
// written as a text cell, never as a formula, whatever a head typed ("=HYPERLINK(…)" stays text).
import { PassThrough } from "node:stream";
import ExcelJS from "exceljs";
import { z } from "zod";
import { requireRole, type Actor } from "../actor.js";
import type { DomainDeps } from "../deps.js";
import { formatLocal } from "../time/zoned-time.js";
import { campaignAggregates, formatAggregate, type IndicatorAggregate } from "./campaign-aggregates.js";
import { loadCampaign } from "./campaign-access.js";
import { loadAskedIndicators, type AskedIndicator } from "./campaign-indicators.js";
import { idSchema, parseInput } from "./campaign-input.js";
import { loadExportSchools, type ExportSchool } from "./export-rows.js";
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
const WRITER_OPTIONS = { useStyles: true, useSharedStrings: false, zip: { zlib: { level: 1 } } } as const;
const FIXED_COLUMNS = ["№", "ОО", "Дата сдачи"];
const TOP = 4;
const SUB = 5;

interface ExportData {
  header: { title: string; period: string; municipalityName: string; deadline: Date; timeZone: string };
  indicators: Array<AskedIndicator & { aggregate: IndicatorAggregate }>;
  schools: ExportSchool[];
}

type Sheet = ExcelJS.Worksheet;

export async function exportCampaignResults(
  deps: DomainDeps,
  actor: Actor,
  input: z.input<typeof exportInput>,
): Promise<{ filename: string; content: Buffer }> {
  const { campaignId } = parseInput(exportInput, input);
  requireRole(actor, "METHODOLOGIST", "OFFICIAL", "ADMIN");
  const campaign = await loadCampaign(deps, actor, campaignId);
  const asked = await loadAskedIndicators(deps.db, campaignId);
  const [schools, aggregates] = await Promise.all([loadExportSchools(deps.db, campaignId, asked), campaignAggregates(deps.db, campaignId, asked)]);
  const data: ExportData = {
    header: { ...campaign, municipalityName: campaign.municipality.name, timeZone: campaign.municipality.timeZone },
    indicators: asked.map((indicator, i) => ({ ...indicator, aggregate: aggregates[i]! })),
    schools,
  };
  const content = await writeWorkbook(deps.now(), data);
  const period = campaign.period.replace(/[^0-9A-Za-z-]/g, "");
  return { filename: `monitoring-${period}-${campaignId}.xlsx`, content };
}

async function writeWorkbook(created: Date, data: ExportData): Promise<Buffer> {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<void>((resolve, reject) => {
    stream.on("end", resolve);
    stream.on("error", reject);
  });
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ ...WRITER_OPTIONS, stream });
  workbook.created = created;
  const results = workbook.addWorksheet(RESULTS_SHEET, { views: [{ state: "frozen", xSplit: 2, ySplit: SUB }] }) as unknown as Sheet;
  writeResultsSheet(results, data);
  await (results as unknown as { commit(): Promise<void> }).commit();
  const missing = workbook.addWorksheet(NOT_SUBMITTED_SHEET) as unknown as Sheet;
  writeNotSubmittedSheet(missing, data);
  await (missing as unknown as { commit(): Promise<void> }).commit();
  await workbook.commit();
  await done;
  return Buffer.concat(chunks);
}

/** Where each indicator's columns start; widths are set before any row is written (the writer needs them first). */
function layColumns(sheet: Sheet, indicators: ExportData["indicators"]): number[] {
  let column = FIXED_COLUMNS.length + 1;
  const starts: number[] = [];
  for (const indicator of indicators) {
    starts.push(column);
    if (indicator.kind === "SHARE") column += 3;
    else sheet.getColumn(column++).width = indicator.kind === "TEXT" ? 40 : 16;
  }
  sheet.getColumn(1).width = 5;
  sheet.getColumn(2).width = 28;
  sheet.getColumn(3).width = 17;
  return starts;
}

function writeResultsSheet(sheet: Sheet, data: ExportData): void {
  const starts = layColumns(sheet, data.indicators);
  writeHeader(sheet, data, starts);
  let rowNumber = FIRST_DATA_ROW;
  const submitted = data.schools.filter((s) => s.status === "submitted");
  submitted.forEach((school, index) => {
    const row = sheet.getRow(rowNumber++);
    row.getCell(1).value = index + 1;
    row.getCell(2).value = school.shortName;
    row.getCell(3).value = school.submittedAt ? formatLocal(school.submittedAt, data.header.timeZone) : null;
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
    row.commit();
  });
  writeTotals(sheet.getRow(rowNumber), data, starts);
}

function writeHeader(sheet: Sheet, data: ExportData, starts: number[]): void {
  const { header } = data;
  const submitted = data.schools.filter((s) => s.status === "submitted").length;
  sheet.getCell(1, 1).value = `Мониторинг «${header.title}» (${header.period})`;
  sheet.getCell(1, 1).font = { bold: true, size: 13 };
  sheet.getCell(2, 1).value =
    `${header.municipalityName}. Срок сдачи: ${formatLocal(header.deadline, header.timeZone)}. ` +
    `Сдали: ${submitted} из ${data.schools.length} ОО.`;
  FIXED_COLUMNS.forEach((title, index) => {
    sheet.getCell(TOP, index + 1).value = title;
    sheet.mergeCells(TOP, index + 1, SUB, index + 1);
  });
  data.indicators.forEach((indicator, i) => {
    const column = starts[i]!;
    sheet.getCell(TOP, column).value = indicator.titleRu;
    if (indicator.kind === "SHARE") {
      ["число", "всего", "%"].forEach((title, offset) => (sheet.getCell(SUB, column + offset).value = title));
      sheet.mergeCells(TOP, column, TOP, column + 2);
    } else {
      sheet.mergeCells(TOP, column, SUB, column);
    }
  });
  for (const rowNumber of [TOP, SUB]) {
    const row = sheet.getRow(rowNumber);
    row.font = { bold: true };
    row.alignment = { wrapText: true, vertical: "middle", horizontal: "center" };
  }
  sheet.getRow(TOP).height = 90;
}

function writeTotals(totals: ExcelJS.Row, data: ExportData, starts: number[]): void {
  totals.getCell(2).value = TOTALS_LABEL;
  totals.font = { bold: true };
  data.indicators.forEach(({ aggregate }, i) => {
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
  totals.commit();
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

function writeNotSubmittedSheet(sheet: Sheet, data: ExportData): void {
  const total = data.indicators.length;
  sheet.getColumn(2).width = 28;
  sheet.getColumn(3).width = 60;
  sheet.getColumn(4).width = 14;
  sheet.getColumn(5).width = 22;
  sheet.addRow(["№", "ОО", "Полное наименование", "Статус", "Заполнено показателей"]).font = { bold: true };
  let number = 0;
  for (const school of data.schools) {
    if (school.status === "submitted") continue;
    const answered = school.values.filter((v) => v !== null).length;
    sheet
      .addRow([++number, school.shortName, school.name, FORM_STATE_WORDS_RU[school.status === "draft" ? "draft" : "none"], `${answered} из ${total}`])
      .commit();
  }
}
