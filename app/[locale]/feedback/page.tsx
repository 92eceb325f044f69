import { sectionLanding } from '@/components/layout/SectionOpeningSoon';

const landing = sectionLanding('feedback');
export const generateMetadata = landing.generateMetadata;
export default landing.Page;
