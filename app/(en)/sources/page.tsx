import { sourcesIndexRoute } from '@/app/_routes/sources-index';

const { metadata, Page } = sourcesIndexRoute('en');
export { metadata };
export default Page;
