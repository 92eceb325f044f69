import { StatusPage } from '@/components/layout/StatusPage';

export default function NotFound() {
  return <StatusPage namespace="NotFound" />;
}
