// remark plugin: `## Title {/* #some-id */}` becomes `<h2 id="some-id">Title</h2>`.
// Braces hold JavaScript in MDX, so the usual `{#id}` syntax cannot work; a trailing comment can.
// Loaded by path from next.config.js (Turbopack needs serialisable plugin options).

const commentPattern = /^\s*\/\*\s*#?([a-z0-9]+(?:-[a-z0-9]+)*)\s*\*\/\s*$/;

function anchorHeading(node) {
  const last = node.children[node.children.length - 1];
  if (last?.type !== 'mdxTextExpression') return;
  const match = commentPattern.exec(last.value);
  if (!match) return;
  node.children.pop();
  const previous = node.children[node.children.length - 1];
  if (previous?.type === 'text') previous.value = previous.value.replace(/\s+$/, '');
  node.data = { ...node.data, hProperties: { ...node.data?.hProperties, id: match[1] } };
}

function walk(node) {
  if (node.type === 'heading') anchorHeading(node);
  for (const child of node.children ?? []) walk(child);
}

export default function remarkHeadingAnchors() {
  return (tree) => walk(tree);
}
