'use client';
import Link from 'next/link';
import { isOutageError } from '@/lib/outage';
import { Button } from '@/components/ui/Button';
import { useErrorTexts } from '@/components/layout/ShellTexts';

// Shown in the browser when a part of a page fails after the page itself was sent (the production
// server answers a page that fails as a whole during a database outage with its own 503 page).
// Its words come from the site shell (components/layout/ShellTexts.tsx).
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useErrorTexts();
  const outage = isOutageError(error);
  return (
    <div className="max-w-prose" role="alert" data-testid="error-page">
      <h1 className="text-3xl font-bold">{outage ? t.unavailableTitle : t.title}</h1>
      <p className="mt-4 text-lg">{outage ? t.unavailableLead : t.lead}</p>
      <p className="mt-6 flex gap-4">
        <Button onClick={reset}>{t.retry}</Button>
        <Link href={t.homeHref}>{t.home}</Link>
      </p>
    </div>
  );
}
