import { searchPage } from '@/components/search/search-page';

// The search page in English, /en/search?q=… (components/search/search-page.tsx).
const { generateMetadata, SearchPage } = searchPage('en');

export { generateMetadata };
export default SearchPage;
