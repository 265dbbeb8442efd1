import { termRoute } from '@/app/_routes/terms';
import { termIds } from '@/lib/pages/terms';

export const dynamicParams = false;
export const generateStaticParams = termIds;
const { generateMetadata, Page } = termRoute('en');
export { generateMetadata };
export default Page;
