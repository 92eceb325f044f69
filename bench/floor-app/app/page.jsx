import Link from 'next/link';

export default function Page() {
  return (
    <main>
      <h1>Floor</h1>
      <p>The smallest App Router page, with one client-side link.</p>
      <Link href="/">Home</Link>
    </main>
  );
}
