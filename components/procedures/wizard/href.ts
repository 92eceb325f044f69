import type { Answers } from '@/lib/procedures/wizards/engine';

/** The wizard's address with these answers (none: its start, without a bare "?"). */
export function wizardHref(slug: string, answers?: Answers) {
  return {
    pathname: '/procedures/[slug]/documents' as const,
    params: { slug },
    ...(answers && Object.keys(answers).length ? { query: answers } : {}),
  };
}
