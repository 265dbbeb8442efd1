import { compareRoute } from '@/app/_routes/compare';
import { principleIds } from '@/lib/pages/principles';

export const dynamicParams = false;
export const generateStaticParams = principleIds;
const { generateMetadata, Page } = compareRoute('en');
export { generateMetadata };
export default Page;
