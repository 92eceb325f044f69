import { NewsListPage, newsListMetadata } from '@/components/news/list-route';

// A list of news articles (components/news/list-route.tsx): a cached page, refreshed on every save.
export const revalidate = 60;
// Rendered on first request, then served from the cache.
export function generateStaticParams() {
  return [];
}

export const generateMetadata = newsListMetadata;

export default NewsListPage;
