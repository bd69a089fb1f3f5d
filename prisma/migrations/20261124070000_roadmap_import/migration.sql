-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "ScheduleKind" ADD VALUE 'HALF_YEARLY';
ALTER TYPE "ScheduleKind" ADD VALUE 'AFTER';
ALTER TYPE "ScheduleKind" ADD VALUE 'STANDING';
ALTER TYPE "ScheduleKind" ADD VALUE 'BY_OTHER_PLAN';

-- AlterTable
ALTER TABLE "Plan" ADD COLUMN     "columns" JSONB NOT NULL DEFAULT '[]',
ADD COLUMN     "schoolYears" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "sections" TEXT[],
ADD COLUMN     "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- AlterTable
ALTER TABLE "PlanItem" ADD COLUMN     "day" INTEGER,
ADD COLUMN     "extra" TEXT[],
ADD COLUMN     "removedAt" TIMESTAMP(3),
ADD COLUMN     "responsible" JSONB NOT NULL DEFAULT '[]',
ADD COLUMN     "scheduleNote" TEXT,
ADD COLUMN     "unreadReason" TEXT;

-- CreateTable
CREATE TABLE "PlanItemOccurrence" (
    "id" SERIAL NOT NULL,
    "planItemId" INTEGER NOT NULL,
    "dueOn" DATE NOT NULL,
    "taskId" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PlanItemOccurrence_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "PlanItemOccurrence_planItemId_dueOn_key" ON "PlanItemOccurrence"("planItemId", "dueOn");

-- CreateIndex
CREATE UNIQUE INDEX "Plan_municipalityId_title_key" ON "Plan"("municipalityId", "title");

-- AddForeignKey
ALTER TABLE "PlanItemOccurrence" ADD CONSTRAINT "PlanItemOccurrence_planItemId_fkey" FOREIGN KEY ("planItemId") REFERENCES "PlanItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

