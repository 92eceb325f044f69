import { StatusPage } from '@/components/layout/StatusPage';

export default function Forbidden() {
  return <StatusPage namespace="Forbidden" />;
}
