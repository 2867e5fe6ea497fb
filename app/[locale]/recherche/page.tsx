import { searchPage } from '@/components/search/search-page';

// The search page in French, /fr/recherche?q=… (components/search/search-page.tsx).
const { generateMetadata, SearchPage } = searchPage('fr');

export { generateMetadata };
export default SearchPage;
