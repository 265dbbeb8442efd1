import { termsIndexRoute } from '@/app/_routes/terms';

const { metadata, Page } = termsIndexRoute('en');
export { metadata };
export default Page;
