import { rootLayout } from '@/app/_routes/layout';
import '../globals.css';

export { viewport } from '@/app/_routes/layout';
const { metadata, Layout } = rootLayout('en');
export { metadata };
export default Layout;
