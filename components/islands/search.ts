import { SearchBox } from '@/components/search/SearchBox';

export const searchIslands = { search: SearchBox };
