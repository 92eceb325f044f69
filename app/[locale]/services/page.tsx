import { sectionLanding } from '@/components/layout/SectionOpeningSoon';

const landing = sectionLanding('services');
export const generateMetadata = landing.generateMetadata;
export default landing.Page;
