-- DropForeignKey
ALTER TABLE "Delivery" DROP CONSTRAINT "Delivery_announcementId_fkey";

-- DropForeignKey
ALTER TABLE "Delivery" DROP CONSTRAINT "Delivery_personId_fkey";

-- AlterTable
ALTER TABLE "Announcement" ADD COLUMN     "ackDeadline" TIMESTAMP(3),
ADD COLUMN     "editedAt" TIMESTAMP(3),
ADD COLUMN     "entities" JSONB NOT NULL DEFAULT '[]',
ADD COLUMN     "recalledAt" TIMESTAMP(3),
ADD COLUMN     "sendAt" TIMESTAMP(3) NOT NULL,
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 0;

-- DropTable
DROP TABLE "Delivery";

-- DropEnum
DROP TYPE "DeliveryStatus";

-- CreateTable
CREATE TABLE "AnnouncementRecipient" (
    "announcementId" INTEGER NOT NULL,
    "personId" INTEGER NOT NULL,
    "schoolId" INTEGER,
    "acknowledgedAt" TIMESTAMP(3),

    CONSTRAINT "AnnouncementRecipient_pkey" PRIMARY KEY ("announcementId","personId")
);

-- CreateIndex
CREATE INDEX "AnnouncementRecipient_personId_idx" ON "AnnouncementRecipient"("personId");

-- CreateIndex
CREATE INDEX "Announcement_municipalityId_createdAt_idx" ON "Announcement"("municipalityId", "createdAt");

-- CreateIndex
CREATE INDEX "Announcement_authorId_createdAt_idx" ON "Announcement"("authorId", "createdAt");

-- AddForeignKey
ALTER TABLE "AnnouncementRecipient" ADD CONSTRAINT "AnnouncementRecipient_announcementId_fkey" FOREIGN KEY ("announcementId") REFERENCES "Announcement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AnnouncementRecipient" ADD CONSTRAINT "AnnouncementRecipient_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

