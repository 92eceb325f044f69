'use client';

// Last resort when the root layout itself fails: both languages, no dependencies.
export default function GlobalError({ reset }: { error: Error; reset: () => void }) {
  return (
    <html lang="vi">
      <body style={{ fontFamily: 'system-ui, sans-serif', maxWidth: '40rem', margin: '3rem auto', padding: '0 1rem' }}>
        <h1>Đã có lỗi xảy ra · Something went wrong</h1>
        <p>Vui lòng thử lại. · Please try again.</p>
        <button type="button" onClick={reset}>Thử lại · Try again</button>
      </body>
    </html>
  );
}
