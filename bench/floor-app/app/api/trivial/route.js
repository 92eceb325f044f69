// The trivial route handler of bench:floor: a small JSON answer, no work.
export function GET() {
  return Response.json({ ok: true });
}
