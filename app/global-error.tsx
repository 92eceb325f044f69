'use client';
import { isOutageError } from '@/lib/outage';

// Last resort when the root layout itself fails: both languages, no dependencies.
export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const outage = isOutageError(error);
  return (
    <html lang="vi">
      <body style={{ fontFamily: 'system-ui, sans-serif', maxWidth: '40rem', margin: '3rem auto', padding: '0 1rem' }}>
        {outage ? (
          <>
            <h1>Tạm thời chưa phục vụ được · Temporarily unavailable</h1>
            <p>
              Cổng thông tin đang tạm thời gián đoạn. Vui lòng thử lại sau ít phút. Nội dung bạn đã gõ trong biểu mẫu
              phản ánh vẫn được giữ trên thiết bị này.
            </p>
            <p lang="en">
              The portal is temporarily unavailable. Please try again in a few minutes. The text you typed in the report
              form is kept on this device.
            </p>
          </>
        ) : (
          <>
            <h1>Đã có lỗi xảy ra · Something went wrong</h1>
            <p>Vui lòng thử lại. · Please try again.</p>
          </>
        )}
        <button type="button" onClick={reset}>
          Thử lại · Try again
        </button>
      </body>
    </html>
  );
}
