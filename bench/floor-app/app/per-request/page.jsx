import Link from 'next/link';
import { connection } from 'next/server';

// The smallest page rendered for each request (bench:floor).
export default async function Page() {
  await connection();
  return (
    <main>
      <h1>Floor, per request</h1>
      <p>The smallest App Router page, rendered for each request.</p>
      <Link href="/">Home</Link>
    </main>
  );
}
