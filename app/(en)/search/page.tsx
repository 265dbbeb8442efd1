import { searchRoute } from '@/app/_routes/search';

const { metadata, Page } = searchRoute('en');
export { metadata };
export default Page;
