import type { ReactNode } from 'react';

export function PageHeader({ title, lead, children }: { title: string; lead?: ReactNode; children?: ReactNode }) {
  return (
    <div className="mb-8 max-w-3xl">
      <h1 className="text-3xl leading-tight font-bold md:text-4xl">{title}</h1>
      {lead ? <p className="mt-3 text-xl text-muted">{lead}</p> : null}
      {children}
    </div>
  );
}

export function Notice({
  children,
  tone = 'info',
  testId,
}: {
  children: ReactNode;
  tone?: 'info' | 'success';
  testId?: string;
}) {
  return (
    <div
      role="status"
      data-testid={testId}
      className={`mb-6 max-w-3xl border-l-4 p-4 ${tone === 'success' ? 'border-green-700 bg-green-50' : 'border-brand-700 bg-brand-50'}`}
    >
      {children}
    </div>
  );
}
