import { sectionLanding } from '@/components/layout/SectionOpeningSoon';

const landing = sectionLanding('consultations');
export const generateMetadata = landing.generateMetadata;
export default landing.Page;
