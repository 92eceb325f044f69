// The framework's floor for `npm run bench:lighthouse -- --floor`: the smallest App Router page that
// Lighthouse gives full marks for accessibility, best practices and SEO, built by the same Next.js
// and React as the portal. What it scores on this machine is the most any page of the portal can.
export const metadata = { title: 'Floor', description: 'The smallest Next.js page, for comparison.' };

export default function RootLayout({ children }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
