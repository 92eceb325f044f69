import Link from 'next/link';
import './globals.css';

// Paths outside any language (rare: the proxy adds /vi or /en to nearly everything).
export default function GlobalNotFound() {
  return (
    <html lang="vi">
      <body className="mx-auto max-w-2xl p-8">
        <h1 className="text-2xl font-bold">Không tìm thấy trang · Page not found</h1>
        <p className="mt-4">
          <Link href="/vi">Về trang chủ</Link> · <Link href="/en">Go to the home page</Link>
        </p>
      </body>
    </html>
  );
}
