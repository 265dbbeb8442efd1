import type { Metadata } from 'next';
import { NotFoundContent } from '@/app/_routes/not-found';

/**
 * The Chinese interface's missing-page page; the build publishes it as zh/404.html, which the server sends for /zh/…
 */
export const metadata: Metadata = { title: '本站没有这个页面', robots: { index: false } };

export default function ChineseNotFound() {
  return <NotFoundContent locale="zh" />;
}
