-- Course.provider becomes an enum. No course rows existed before this migration (the feature starts here), so the
-- column is replaced rather than converted.
-- CreateEnum
CREATE TYPE "CourseProvider" AS ENUM ('TOIUU', 'IRO', 'RIPK', 'CNPPMPR', 'ACADEMY', 'OTHER');

-- AlterTable
ALTER TABLE "Teacher" ADD COLUMN     "nameKey" TEXT NOT NULL DEFAULT '';

-- AlterTable
ALTER TABLE "SubmissionValue" ADD COLUMN     "computedNumber" DOUBLE PRECISION;

-- AlterTable
ALTER TABLE "Course" ADD COLUMN     "addedBySchoolId" INTEGER,
ADD COLUMN     "mergedIntoId" INTEGER,
ADD COLUMN     "providerName" TEXT,
ADD COLUMN     "titleKey" TEXT NOT NULL DEFAULT '',
DROP COLUMN "provider",
ADD COLUMN     "provider" "CourseProvider" NOT NULL;

-- CreateTable
CREATE TABLE "CompletionImport" (
    "id" SERIAL NOT NULL,
    "schoolId" INTEGER NOT NULL,
    "personId" INTEGER NOT NULL,
    "fileName" TEXT NOT NULL,
    "rows" JSONB NOT NULL,
    "skipped" INTEGER NOT NULL DEFAULT 0,
    "confirmedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CompletionImport_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CompletionImport_schoolId_createdAt_idx" ON "CompletionImport"("schoolId", "createdAt");

-- CreateIndex
CREATE INDEX "Teacher_schoolId_nameKey_idx" ON "Teacher"("schoolId", "nameKey");

-- CreateIndex
CREATE INDEX "Course_municipalityId_archivedAt_idx" ON "Course"("municipalityId", "archivedAt");

-- CreateIndex
CREATE INDEX "CourseCompletion_completedOn_idx" ON "CourseCompletion"("completedOn");

-- CreateIndex
CREATE INDEX "CourseCompletion_courseId_idx" ON "CourseCompletion"("courseId");

-- AddForeignKey
ALTER TABLE "Course" ADD CONSTRAINT "Course_addedBySchoolId_fkey" FOREIGN KEY ("addedBySchoolId") REFERENCES "School"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Course" ADD CONSTRAINT "Course_mergedIntoId_fkey" FOREIGN KEY ("mergedIntoId") REFERENCES "Course"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CompletionImport" ADD CONSTRAINT "CompletionImport_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CompletionImport" ADD CONSTRAINT "CompletionImport_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

