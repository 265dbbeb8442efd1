import { homeRoute } from '@/app/_routes/home';

const { metadata, Page } = homeRoute('en');
export { metadata };
export default Page;
