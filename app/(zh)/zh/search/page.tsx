import { searchRoute } from '@/app/_routes/search';

const { metadata, Page } = searchRoute('zh');
export { metadata };
export default Page;
