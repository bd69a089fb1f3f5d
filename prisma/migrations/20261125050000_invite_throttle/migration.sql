-- CreateTable
CREATE TABLE "InviteThrottle" (
    "telegramId" BIGINT NOT NULL,
    "windowStart" TIMESTAMP(3) NOT NULL,
    "failures" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "InviteThrottle_pkey" PRIMARY KEY ("telegramId")
);

