import { NewsListPage, newsListMetadata } from '@/components/news/list-route';

// A list of news articles (components/news/list-route.tsx): a cached page, refreshed on every save.
export const revalidate = 60;

export const generateMetadata = newsListMetadata;

export default NewsListPage;
