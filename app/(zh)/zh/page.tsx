import { homeRoute } from '@/app/_routes/home';

const { metadata, Page } = homeRoute('zh');
export { metadata };
export default Page;
