-- Pages kept for anonymous visitors (docs/decisions/040-pages-shared-by-anonymous-visitors.md):
-- any committed change to what a report page, the report list or a consultation's results show
-- tells every production server, whichever code or script wrote it. NOTIFY is sent at commit, once
-- per transaction and payload; a rolled-back change sends nothing.
CREATE FUNCTION public.cds_shared_pages_changed() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('cds_shared_pages_changed', TG_ARGV[0]);
  RETURN NULL;
END
$$;

CREATE TRIGGER "Report_shared_pages" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Report"
  FOR EACH STATEMENT EXECUTE FUNCTION public.cds_shared_pages_changed('reports');
CREATE TRIGGER "ReportPhoto_shared_pages" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "ReportPhoto"
  FOR EACH STATEMENT EXECUTE FUNCTION public.cds_shared_pages_changed('reports');
CREATE TRIGGER "ReportEvent_shared_pages" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "ReportEvent"
  FOR EACH STATEMENT EXECUTE FUNCTION public.cds_shared_pages_changed('reports');
CREATE TRIGGER "ReportFollower_shared_pages" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "ReportFollower"
  FOR EACH STATEMENT EXECUTE FUNCTION public.cds_shared_pages_changed('reports');

CREATE TRIGGER "Consultation_shared_pages" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Consultation"
  FOR EACH STATEMENT EXECUTE FUNCTION public.cds_shared_pages_changed('consultations');
CREATE TRIGGER "ConsultationQuestion_shared_pages" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "ConsultationQuestion"
  FOR EACH STATEMENT EXECUTE FUNCTION public.cds_shared_pages_changed('consultations');
CREATE TRIGGER "ConsultationOption_shared_pages" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "ConsultationOption"
  FOR EACH STATEMENT EXECUTE FUNCTION public.cds_shared_pages_changed('consultations');
CREATE TRIGGER "ConsultationResponse_shared_pages" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "ConsultationResponse"
  FOR EACH STATEMENT EXECUTE FUNCTION public.cds_shared_pages_changed('consultations');
CREATE TRIGGER "ConsultationAnswer_shared_pages" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "ConsultationAnswer"
  FOR EACH STATEMENT EXECUTE FUNCTION public.cds_shared_pages_changed('consultations');
