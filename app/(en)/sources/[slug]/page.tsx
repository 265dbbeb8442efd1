import { sourceRoute } from '@/app/_routes/source';
import { sourceSlugs } from '@/lib/pages/sources';

export const dynamicParams = false;
export const generateStaticParams = sourceSlugs;
const { generateMetadata, Page } = sourceRoute('en');
export { generateMetadata };
export default Page;
