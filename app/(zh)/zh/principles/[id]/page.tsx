import { principleRoute } from '@/app/_routes/principles';
import { principleIds } from '@/lib/pages/principles';

export const dynamicParams = false;
export const generateStaticParams = principleIds;
const { generateMetadata, Page } = principleRoute('zh');
export { generateMetadata };
export default Page;
