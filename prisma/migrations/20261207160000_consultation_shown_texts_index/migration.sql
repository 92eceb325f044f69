-- The results page reads the written answers a moderator let through by question (docs/decisions/033)
CREATE INDEX "ConsultationAnswer_questionId_visible_moderatedAt_idx" ON "ConsultationAnswer"("questionId", "visible", "moderatedAt");
