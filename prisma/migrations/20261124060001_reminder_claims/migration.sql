-- CreateTable
CREATE TABLE "ReminderClaim" (
    "key" TEXT NOT NULL,
    "personId" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "claimedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ReminderClaim_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "ReminderClaim_claimedAt_idx" ON "ReminderClaim"("claimedAt");

