-- DropIndex
DROP INDEX "Indicator_code_key";

-- CreateTable
CREATE TABLE "UpdateClaim" (
    "updateId" BIGINT NOT NULL,
    "leaseUntil" TIMESTAMP(3) NOT NULL,
    "doneAt" TIMESTAMP(3),
    "attempts" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "UpdateClaim_pkey" PRIMARY KEY ("updateId")
);

-- CreateIndex
CREATE UNIQUE INDEX "Indicator_municipalityId_code_key" ON "Indicator"("municipalityId", "code");


-- PostgreSQL treats NULLs as distinct in a unique index: the shared catalogue (no municipality) needs its own.
CREATE UNIQUE INDEX "Indicator_shared_code_key" ON "Indicator"("code") WHERE "municipalityId" IS NULL;
