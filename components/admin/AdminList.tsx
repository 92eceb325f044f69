import type { ReactNode } from 'react';
import { Button } from '@/components/ui/Button';

/**
 * The frame of an admin list page: its search form, its table (in a box that scrolls sideways on
 * small screens) or a sentence when there is nothing to list, and its pagination.
 */
export function AdminList({
  search,
  empty,
  table,
  pagination,
  captionId,
}: {
  search?: ReactNode;
  /** Shown instead of the table when set: the list is empty. */
  empty?: ReactNode;
  table: ReactNode;
  pagination?: ReactNode;
  /** The id of the table's caption: the scrolling box becomes a region, named by it, that takes focus. */
  captionId?: string;
}) {
  const region = captionId ? { role: 'region', tabIndex: 0, 'aria-labelledby': captionId } : {};
  return (
    <>
      {search}
      {empty ? (
        <p>{empty}</p>
      ) : (
        <div className="overflow-x-auto" {...region}>
          {table}
        </div>
      )}
      {pagination}
    </>
  );
}

/** The search box of an admin list: a GET form whose `q` the page reads back. */
export function AdminSearch({
  action,
  id,
  label,
  submitLabel,
  q,
  maxLength,
}: {
  action: string;
  id: string;
  label: string;
  submitLabel: string;
  q: string;
  maxLength: number;
}) {
  return (
    <form method="get" action={action} role="search" className="mb-6 flex max-w-xl items-end gap-2">
      <div className="flex-1">
        <label htmlFor={id} className="block font-semibold">
          {label}
        </label>
        <input
          id={id}
          name="q"
          defaultValue={q}
          maxLength={maxLength}
          className="mt-1 w-full border-2 border-ink px-3 py-2"
        />
      </div>
      <Button type="submit">{submitLabel}</Button>
    </form>
  );
}
