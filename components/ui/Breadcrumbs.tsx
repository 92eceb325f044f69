import type { ComponentProps } from 'react';
import { Link } from '@/i18n/link';

type Href = ComponentProps<typeof Link>['href'];

/** The trail above a page's heading: each step a link, followed by "›". */
export function Breadcrumbs({
  label,
  steps,
  className,
}: {
  label: string;
  steps: { href: Href; text: string }[];
  className?: string;
}) {
  return (
    <nav aria-label={label} className={className}>
      <ol className="flex flex-wrap gap-2">
        {steps.map((step) => (
          <li key={step.text}>
            <Link href={step.href}>{step.text}</Link> ›
          </li>
        ))}
      </ol>
    </nav>
  );
}
