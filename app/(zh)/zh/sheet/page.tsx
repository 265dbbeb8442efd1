import { sheetRoute } from '@/app/_routes/sheet';

const { metadata, Page } = sheetRoute('zh');
export { metadata };
export default Page;
