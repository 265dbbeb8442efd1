import { principlesIndexRoute } from '@/app/_routes/principles';

const { metadata, Page } = principlesIndexRoute('en');
export { metadata };
export default Page;
