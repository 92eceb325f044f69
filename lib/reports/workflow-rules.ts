// The report workflow's rules, free of data access so that pages, the server and tests share them.
import type { ErrorCode } from '@/lib/errors';
import { ANSWER_WORKING_DAYS, cityDay, isWorkingDay, workingDaysBetween } from './deadline';
import type { ReportStatusValue } from '@/lib/validation/reports/report';

export const OPEN_STATUSES = ['RECEIVED', 'IN_PROGRESS'] as const satisfies readonly ReportStatusValue[];
export const CLOSED_STATUSES = ['RESOLVED', 'REJECTED', 'DUPLICATE'] as const satisfies readonly ReportStatusValue[];

export function isOpen(status: ReportStatusValue): boolean {
  return (OPEN_STATUSES as readonly string[]).includes(status);
}

/**
 * Where an official may move a report from each status. A closed report (resolved, rejected,
 * duplicate) moves only through a reopening, never by a plain status change.
 */
export const TRANSITIONS: Record<ReportStatusValue, readonly ReportStatusValue[]> = {
  RECEIVED: ['IN_PROGRESS', 'RESOLVED', 'REJECTED', 'DUPLICATE'],
  IN_PROGRESS: ['RESOLVED', 'REJECTED', 'DUPLICATE'],
  RESOLVED: [],
  REJECTED: [],
  DUPLICATE: [],
};

/** Why a status change is refused (an error code), or null when allowed. */
export function transitionError(from: ReportStatusValue, to: ReportStatusValue): ErrorCode | null {
  if (from === to) return 'sameStatus';
  if (!isOpen(from)) return 'closedNeedsReopen';
  if (!TRANSITIONS[from].includes(to)) return 'transitionNotAllowed';
  return null;
}

export function allowedTargets(from: ReportStatusValue): readonly ReportStatusValue[] {
  return TRANSITIONS[from];
}

/** The deadline that counts: a committed date from a progress update, else the 5-working-day one. */
export function effectiveDeadline(r: { dueAt: Date; committedAt: Date | null }): Date {
  return r.committedAt ?? r.dueAt;
}

export function isOverdue(r: { status: ReportStatusValue; dueAt: Date; committedAt: Date | null }, now: Date): boolean {
  return isOpen(r.status) && now.getTime() > effectiveDeadline(r).getTime();
}

/**
 * Working days left until the deadline: 0 when it falls today, negative when it has passed
 * (the number of working days since).
 */
export function workingDaysLeft(deadline: Date, now: Date, holidays: ReadonlySet<string>): number {
  if (deadline.getTime() >= now.getTime()) return workingDaysBetween(now, deadline, holidays);
  return -workingDaysBetween(deadline, now, holidays);
}

export type DeadlineInfo = { deadline: Date; overdue: boolean; daysLeft: number | null };

/** What the queue and the report page show about the deadline (no count once the report is closed). */
export function deadlineInfo(
  r: { status: ReportStatusValue; dueAt: Date; committedAt: Date | null },
  now: Date,
  holidays: ReadonlySet<string>,
): DeadlineInfo {
  const deadline = effectiveDeadline(r);
  return {
    deadline,
    overdue: isOverdue(r, now),
    daysLeft: isOpen(r.status) ? workingDaysLeft(deadline, now, holidays) : null,
  };
}

/**
 * Why a committed date (yyyy-mm-dd, city calendar) is refused, or null: it must be a real date,
 * a working day and after today, so a promise is never made for a weekend, a holiday or the past.
 */
export function committedDateError(day: string, now: Date, holidays: ReadonlySet<string>): ErrorCode | null {
  const parsed = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== day) return 'committedDateInvalid';
  if (day <= cityDay(now)) return 'committedDateNotFuture';
  if (!isWorkingDay(day, holidays)) return 'committedDateNotWorkingDay';
  return null;
}

export { ANSWER_WORKING_DAYS };
