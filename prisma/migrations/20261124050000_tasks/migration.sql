-- AlterEnum
ALTER TYPE "AssignmentStatus" ADD VALUE 'ACCEPTED';

-- DropIndex
DROP INDEX "TaskAssignment_schoolId_status_idx";

-- DropIndex
DROP INDEX "TaskAssignment_taskId_schoolId_personId_key";

-- AlterTable
ALTER TABLE "Meeting" ADD COLUMN     "createdById" INTEGER;

-- AlterTable
ALTER TABLE "Task" ADD COLUMN     "standing" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable (generated, then edited by hand: existing rows get the task's municipality and deadline and keep
-- their evidence before the columns become required / are dropped)
ALTER TABLE "TaskAssignment" ADD COLUMN     "acceptedAt" TIMESTAMP(3),
ADD COLUMN     "acceptedById" INTEGER,
ADD COLUMN     "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "dueAt" TIMESTAMP(3),
ADD COLUMN     "evidenceFileId" TEXT,
ADD COLUMN     "evidenceFileName" TEXT,
ADD COLUMN     "evidenceText" TEXT,
ADD COLUMN     "evidenceUrl" TEXT,
ADD COLUMN     "municipalityId" INTEGER,
ADD COLUMN     "returnReason" TEXT,
ADD COLUMN     "returnedAt" TIMESTAMP(3),
ADD COLUMN     "returnedById" INTEGER;

UPDATE "TaskAssignment" a SET "municipalityId" = t."municipalityId", "dueAt" = t."dueAt", "evidenceText" = a."evidence"
FROM "Task" t WHERE t."id" = a."taskId";
ALTER TABLE "TaskAssignment" ALTER COLUMN "municipalityId" SET NOT NULL;
ALTER TABLE "TaskAssignment" DROP COLUMN "evidence";

-- An assignee is a school or a person, never both or neither (hand-written: Prisma has no CHECK).
ALTER TABLE "TaskAssignment" ADD CONSTRAINT "TaskAssignment_one_assignee_check"
CHECK (("schoolId" IS NULL) <> ("personId" IS NULL));

-- CreateIndex
CREATE INDEX "Meeting_municipalityId_heldOn_idx" ON "Meeting"("municipalityId", "heldOn");

-- CreateIndex
CREATE UNIQUE INDEX "Decision_meetingId_number_key" ON "Decision"("meetingId", "number");

-- CreateIndex
CREATE INDEX "TaskAssignment_municipalityId_status_dueAt_idx" ON "TaskAssignment"("municipalityId", "status", "dueAt");

-- CreateIndex
CREATE INDEX "TaskAssignment_schoolId_status_dueAt_idx" ON "TaskAssignment"("schoolId", "status", "dueAt");

-- CreateIndex
CREATE INDEX "TaskAssignment_personId_status_dueAt_idx" ON "TaskAssignment"("personId", "status", "dueAt");

-- CreateIndex
CREATE UNIQUE INDEX "TaskAssignment_taskId_schoolId_key" ON "TaskAssignment"("taskId", "schoolId");

-- CreateIndex
CREATE UNIQUE INDEX "TaskAssignment_taskId_personId_key" ON "TaskAssignment"("taskId", "personId");

-- AddForeignKey
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TaskAssignment" ADD CONSTRAINT "TaskAssignment_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TaskAssignment" ADD CONSTRAINT "TaskAssignment_acceptedById_fkey" FOREIGN KEY ("acceptedById") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TaskAssignment" ADD CONSTRAINT "TaskAssignment_returnedById_fkey" FOREIGN KEY ("returnedById") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

