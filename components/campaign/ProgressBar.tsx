// A unit's progress toward its target: a bar for the eye (hidden from screen readers, which read
// the number beside it). A unit past its target shows a full bar.
export function ProgressBar({ share }: { share: number }) {
  const width = Math.max(0, Math.min(1, share)) * 100;
  return (
    <div aria-hidden="true" className="h-3 w-full min-w-24 border border-ink bg-white">
      <div className="h-full bg-brand-700" style={{ width: `${width.toFixed(1)}%` }} />
    </div>
  );
}
