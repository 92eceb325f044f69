import type { ComponentProps } from 'react';
import { Link } from '@/i18n/link';
import { buttonClass, type ButtonSize, type ButtonVariant } from './Button';

type Look = { variant?: ButtonVariant; size?: ButtonSize; className?: string };

// A server component of its own (its link is the server's, i18n/link.tsx): Button.tsx is also
// imported by client components.
/** A link to a page of the portal that looks like a button. */
export function ButtonLink({ variant, size, className, ...props }: Look & ComponentProps<typeof Link>) {
  return (
    <Link
      className={buttonClass({
        variant,
        size,
        className: ['inline-flex items-center no-underline', className].filter(Boolean).join(' '),
      })}
      {...props}
    />
  );
}
