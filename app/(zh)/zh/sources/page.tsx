import { textsRoute } from '@/app/_routes/texts';

const { metadata, Page } = textsRoute('zh');
export { metadata };
export default Page;
