import { passageRoute } from '@/app/_routes/passage';
import { passagePageParams } from '@/lib/pages/passage';

export const dynamicParams = false;
export const generateStaticParams = passagePageParams;
const { generateMetadata, Page } = passageRoute('zh');
export { generateMetadata };
export default Page;
