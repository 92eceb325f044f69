'use client';
import dynamic from 'next/dynamic';

/**
 * The author's rating form as a chunk of its own, rendered on the server as usual (it works without
 * JavaScript) and loaded in the browser only where it is rendered: the form helpers, zod and the
 * translation runtime stay off the report page of every other visitor
 * (docs/decisions/041-lighter-pages.md).
 */
export const LazyRatingForm = dynamic(() => import('./AuthorRatingForm').then((m) => m.AuthorRatingForm));
