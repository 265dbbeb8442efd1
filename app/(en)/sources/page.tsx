import { textsRoute } from '@/app/_routes/texts';

const { metadata, Page } = textsRoute('en');
export { metadata };
export default Page;
