import { passageRoute } from '@/app/_routes/passage';
import { passagePageParams } from '@/lib/pages/passage';

export const dynamicParams = false;
export const generateStaticParams = passagePageParams;
const { generateMetadata, Page } = passageRoute('en');
export { generateMetadata };
export default Page;
