-- ReminderLog was brought back for the task reminders, which then got their own ReminderClaim table: nothing uses it.
-- DropForeignKey
ALTER TABLE "ReminderLog" DROP CONSTRAINT "ReminderLog_personId_fkey";

-- DropTable
DROP TABLE "ReminderLog";

