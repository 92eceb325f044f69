import './globals.css';

// Paths outside any language (rare: the proxy adds /vi or /en to nearly everything).
export default function GlobalNotFound() {
  return (
    <html lang="vi">
      <body className="mx-auto max-w-2xl p-8">
        <h1 className="text-2xl font-bold">Không tìm thấy trang · Page not found</h1>
        <p className="mt-4">
          <a href="/vi">Về trang chủ</a> · <a href="/en">Go to the home page</a>
        </p>
      </body>
    </html>
  );
}
