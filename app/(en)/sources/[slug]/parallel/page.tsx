import { parallelRoute } from '@/app/_routes/parallel';
import { parallelSlugs } from '@/lib/pages/sources';

export const dynamicParams = false;
export const generateStaticParams = parallelSlugs;
const { generateMetadata, Page } = parallelRoute('en');
export { generateMetadata };
export default Page;
