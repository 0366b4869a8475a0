import type { MDXComponents } from 'mdx/types';

// Guides may use only the elements and components registered here.
const components: MDXComponents = {};

export function useMDXComponents(inherited: MDXComponents): MDXComponents {
  return { ...inherited, ...components };
}
