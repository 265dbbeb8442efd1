import { termsIndexRoute } from '@/app/_routes/terms';

const { metadata, Page } = termsIndexRoute('zh');
export { metadata };
export default Page;
