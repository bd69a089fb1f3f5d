-- CreateEnum
CREATE TYPE "CalendarDayKind" AS ENUM ('NON_WORKING', 'SHORTENED', 'WORKING');

-- AlterTable
ALTER TABLE "Municipality" ADD COLUMN     "overdueReminderLimit" INTEGER NOT NULL DEFAULT 3,
ADD COLUMN     "reminderHour" INTEGER NOT NULL DEFAULT 10;

-- AlterTable
ALTER TABLE "Person" ADD COLUMN     "weeklyDigest" BOOLEAN NOT NULL DEFAULT true;

-- CreateTable
CREATE TABLE "CalendarDay" (
    "country" TEXT NOT NULL DEFAULT 'RU',
    "date" DATE NOT NULL,
    "kind" "CalendarDayKind" NOT NULL,
    "note" TEXT,

    CONSTRAINT "CalendarDay_pkey" PRIMARY KEY ("country","date")
);


-- Производственный календарь 2026 (Постановление Правительства РФ от 24.09.2025 № 1466): the days that differ
-- from an ordinary week; `npm run admin -- calendar:import` loads other years.
INSERT INTO "CalendarDay" ("country", "date", "kind", "note") VALUES
    ('RU', DATE '2026-01-01', 'NON_WORKING', 'Новогодние каникулы и Рождество'),
    ('RU', DATE '2026-01-02', 'NON_WORKING', 'Новогодние каникулы и Рождество'),
    ('RU', DATE '2026-01-03', 'NON_WORKING', 'Новогодние каникулы и Рождество'),
    ('RU', DATE '2026-01-04', 'NON_WORKING', 'Новогодние каникулы и Рождество'),
    ('RU', DATE '2026-01-05', 'NON_WORKING', 'Новогодние каникулы и Рождество'),
    ('RU', DATE '2026-01-06', 'NON_WORKING', 'Новогодние каникулы и Рождество'),
    ('RU', DATE '2026-01-07', 'NON_WORKING', 'Новогодние каникулы и Рождество'),
    ('RU', DATE '2026-01-08', 'NON_WORKING', 'Новогодние каникулы и Рождество'),
    ('RU', DATE '2026-01-09', 'NON_WORKING', 'перенос с 3 января'),
    ('RU', DATE '2026-01-10', 'NON_WORKING', 'выходной'),
    ('RU', DATE '2026-01-11', 'NON_WORKING', 'выходной'),
    ('RU', DATE '2026-02-21', 'NON_WORKING', 'выходной'),
    ('RU', DATE '2026-02-22', 'NON_WORKING', 'выходной'),
    ('RU', DATE '2026-02-23', 'NON_WORKING', 'День защитника Отечества'),
    ('RU', DATE '2026-03-07', 'NON_WORKING', 'выходной'),
    ('RU', DATE '2026-03-08', 'NON_WORKING', 'Международный женский день'),
    ('RU', DATE '2026-03-09', 'NON_WORKING', 'перенос с 8 марта'),
    ('RU', DATE '2026-04-30', 'SHORTENED', 'предпраздничный день'),
    ('RU', DATE '2026-05-01', 'NON_WORKING', 'Праздник Весны и Труда'),
    ('RU', DATE '2026-05-02', 'NON_WORKING', 'выходной'),
    ('RU', DATE '2026-05-03', 'NON_WORKING', 'выходной'),
    ('RU', DATE '2026-05-08', 'SHORTENED', 'предпраздничный день'),
    ('RU', DATE '2026-05-09', 'NON_WORKING', 'День Победы'),
    ('RU', DATE '2026-05-10', 'NON_WORKING', 'выходной'),
    ('RU', DATE '2026-05-11', 'NON_WORKING', 'перенос с 9 мая'),
    ('RU', DATE '2026-06-11', 'SHORTENED', 'предпраздничный день'),
    ('RU', DATE '2026-06-12', 'NON_WORKING', 'День России'),
    ('RU', DATE '2026-06-13', 'NON_WORKING', 'выходной'),
    ('RU', DATE '2026-06-14', 'NON_WORKING', 'выходной'),
    ('RU', DATE '2026-11-03', 'SHORTENED', 'предпраздничный день'),
    ('RU', DATE '2026-11-04', 'NON_WORKING', 'День народного единства'),
    ('RU', DATE '2026-12-31', 'NON_WORKING', 'перенос с 4 января')
ON CONFLICT DO NOTHING;
