import { sheetRoute } from '@/app/_routes/sheet';

const { metadata, Page } = sheetRoute('en');
export { metadata };
export default Page;
