import { principlesIndexRoute } from '@/app/_routes/principles';

const { metadata, Page } = principlesIndexRoute('zh');
export { metadata };
export default Page;
