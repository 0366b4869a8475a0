// remark plugin: the citations of a guide section are gathered into one line at the section's end.
// Each `<Cite ids="…" />` in a section (a `##`–`####` heading up to the next one) is taken out of its
// sentence, and the section ends with `<SectionSources ids="…" />` listing every id once, in order of
// first use; a `<CriminalPenalty>` or `<CriminalPenalties>` adds the sources of its penalties from
// content/penalties.json. `<Cite inline ids="…" />` stays where it is (the two sides of a conflict).
// Loaded by path from next.config.js (Turbopack needs serialisable plugin options).
import { readFileSync } from 'node:fs';
import path from 'node:path';

const attribute = (node, name) => node.attributes?.find((attr) => attr.type === 'mdxJsxAttribute' && attr.name === name);
const isJsx = (node, name) => (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === name;

function penaltySources(root) {
  const penalties = JSON.parse(readFileSync(path.join(root, 'content', 'penalties.json'), 'utf8'));
  return (id) => {
    const penalty = penalties.find((candidate) => candidate.id === id);
    if (!penalty) return [];
    return [penalty.instrument, penalty.current.adjustedBy, ...penalty.current.sources, ...penalty.history.flatMap((past) => past.sources)];
  };
}

/** Removes the section's movable citations from `node`'s subtree, adding their ids to `ids`. */
function gather(node, ids, sourcesOf) {
  if (isJsx(node, 'CriminalPenalty')) ids.push(...sourcesOf(attribute(node, 'id')?.value ?? ''));
  if (isJsx(node, 'CriminalPenalties')) {
    const list = attribute(node, 'ids')?.value;
    for (const id of typeof list === 'string' ? list.split(/\s+/) : []) ids.push(...sourcesOf(id));
  }
  if (!node.children) return;
  const kept = [];
  for (const child of node.children) {
    if (isJsx(child, 'Cite') && !attribute(child, 'inline')) {
      const value = attribute(child, 'ids')?.value;
      if (typeof value === 'string') ids.push(...value.split(/\s+/).filter(Boolean));
      // The space before the citation belonged to it.
      const previous = kept[kept.length - 1];
      if (previous?.type === 'text') previous.value = previous.value.replace(/\s+$/, '');
      continue;
    }
    gather(child, ids, sourcesOf);
    // A paragraph that held only citations disappears with them.
    if (child.type === 'paragraph' && child.children.every((grand) => grand.type === 'text' && !grand.value.trim())) continue;
    kept.push(child);
  }
  node.children = kept;
}

function sourcesLine(ids) {
  return {
    type: 'mdxJsxFlowElement',
    name: 'SectionSources',
    attributes: [{ type: 'mdxJsxAttribute', name: 'ids', value: [...new Set(ids)].join(' ') }],
    children: [],
  };
}

export default function remarkSectionSources() {
  const sourcesOf = penaltySources(process.cwd());
  return (tree) => {
    const out = [];
    let ids = [];
    const close = () => {
      if (ids.length) out.push(sourcesLine(ids));
      ids = [];
    };
    for (const node of tree.children) {
      if (node.type === 'heading' && node.depth >= 2 && node.depth <= 4) close();
      // Gather from a one-node wrapper, so that a citation standing alone at the top level is taken too.
      const wrapper = { type: 'root', children: [node] };
      gather(wrapper, ids, sourcesOf);
      out.push(...wrapper.children);
    }
    close();
    tree.children = out;
  };
}
