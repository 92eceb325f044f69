// GET /api/forms/{form} — a blank form as a standalone HTML file to save and print (no script inside).
import type { NextRequest } from 'next/server';
import { formBySlug, formTemplates } from '@/lib/forms';
import { formDocument } from '@/lib/forms/html';
import { jsonError } from '@/server/responses';
import { route } from '@/server/route';

// Built once per form; an unknown name is a 404.
export const dynamic = 'force-static';
export const dynamicParams = false;
export function generateStaticParams() {
  return formTemplates.map((f) => ({ form: f.slug }));
}

export const GET = route(async (request: NextRequest, { params }: { params: Promise<{ form: string }> }) => {
  const form = formBySlug((await params).form);
  if (!form) return jsonError(request, 'not_found');
  return new Response(formDocument(form), {
    headers: {
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Disposition': `attachment; filename="${form.slug}.html"`,
      'Cache-Control': 'public, max-age=86400',
    },
  });
});
