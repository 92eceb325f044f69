import type { ComponentProps } from 'react';

// The portal's buttons: one look per purpose. Primary is the main action of a form or page,
// secondary an outlined alternative, warning what starts something serious (filing a report,
// deleting an account). Large filled buttons sit on a dark shadow line, GOV.UK style.

export type ButtonVariant = 'primary' | 'secondary' | 'warning';
export type ButtonSize = 'sm' | 'md' | 'lg' | 'xl';
type Look = { variant?: ButtonVariant; size?: ButtonSize; className?: string };

const variants: Record<ButtonVariant, string> = {
  primary: 'bg-brand-700 text-white hover:bg-brand-900 hover:text-white',
  secondary: 'border-2 border-brand-700 text-brand-700 hover:bg-brand-50',
  warning: 'bg-accent text-white hover:bg-red-800 hover:text-white',
};

const sizes: Record<ButtonSize, string> = {
  sm: 'px-3 py-1 font-semibold',
  md: 'px-4 py-2 font-semibold',
  lg: 'px-5 py-3 text-lg font-semibold',
  xl: 'min-h-12 px-6 py-3 text-xl font-bold',
};

/** The classes of a button of this look, for an element that is neither `Button` nor `ButtonLink`. */
export function buttonClass({ variant = 'primary', size = 'md', className }: Look = {}): string {
  const raised = variant !== 'secondary' && (size === 'lg' || size === 'xl') ? 'shadow-[0_2px_0_#0b0c0c]' : '';
  return ['rounded disabled:opacity-70', variants[variant], sizes[size], raised, className].filter(Boolean).join(' ');
}

/** A `<button>` (type "button" unless told otherwise). */
export function Button({ variant, size, className, type = 'button', ...props }: Look & ComponentProps<'button'>) {
  return <button type={type} className={buttonClass({ variant, size, className })} {...props} />;
}
