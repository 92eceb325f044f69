'use client';
import dynamic from 'next/dynamic';

/**
 * The outbox of kept reports (ReportOutbox), loaded after the page has hydrated: it shows nothing
 * until the device holds a report, so its code (IndexedDB, sending) need not be in every page's
 * first scripts (docs/decisions/041-lighter-pages.md).
 */
export const LazyReportOutbox = dynamic(() => import('./ReportOutbox').then((m) => m.ReportOutbox), { ssr: false });
