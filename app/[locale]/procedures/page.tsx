import { sectionLanding } from '@/components/layout/SectionOpeningSoon';

const landing = sectionLanding('procedures');
export const generateMetadata = landing.generateMetadata;
export default landing.Page;
