import Link from 'next/link';
import { SiteShell } from '@/components/layout/SiteShell';
import './globals.css';

// Any address that matches no page lands here. It is rendered once, at build time (reading the
// request's language would make every page dynamic), so it speaks both languages.
export default function GlobalNotFound() {
  return (
    <SiteShell locale="vi">
      <div className="max-w-prose">
        <title>Không tìm thấy trang – Công dân số</title>
        <h1 className="text-3xl font-bold">Không tìm thấy trang</h1>
        <p className="mt-4 text-lg">Địa chỉ bạn mở không tồn tại hoặc đã được chuyển đi.</p>
        <p className="mt-4">
          <Link href="/vi">Về trang chủ</Link>
        </p>
        <div lang="en" className="mt-10 border-t pt-6">
          <h2 className="text-2xl font-bold">Page not found</h2>
          <p className="mt-2 text-lg">The address you opened does not exist or has moved.</p>
          <p className="mt-4">
            <Link href="/en">Go to the home page</Link>
          </p>
        </div>
      </div>
    </SiteShell>
  );
}
