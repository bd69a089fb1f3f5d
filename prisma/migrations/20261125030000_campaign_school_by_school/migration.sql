-- CreateIndex
CREATE INDEX "CampaignSchool_schoolId_idx" ON "CampaignSchool"("schoolId");

