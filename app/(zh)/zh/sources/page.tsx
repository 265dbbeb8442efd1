import { sourcesIndexRoute } from '@/app/_routes/sources-index';

const { metadata, Page } = sourcesIndexRoute('zh');
export { metadata };
export default Page;
