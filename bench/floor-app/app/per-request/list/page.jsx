import Link from 'next/link';
import { connection } from 'next/server';

// A page rendered for each request with about as much HTML as a portal report page (bench:floor):
// a list of links, no data, no translation, no session.
const items = Array.from({ length: 119 }, (_, i) => i + 1);

export default async function Page() {
  await connection();
  return (
    <main>
      <h1>Floor, per request, a page of the portal&apos;s size</h1>
      <ul>
        {items.map((i) => (
          <li key={i} className="mt-2 rounded border px-3 py-2">
            <a href={`/item/${i}`}>Thủ tục hành chính số {i}</a> <span>Đăng ký khai sinh, kết hôn</span>
          </li>
        ))}
      </ul>
      <Link href="/">Home</Link>
    </main>
  );
}
