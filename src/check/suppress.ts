/**
 * `<!-- pairpress-ignore-next RULE [RULE…] -->` before a block silences those
 * rules (all rules when none is named) for that block.
 */
import type { Nodes, Root } from 'mdast';
import { RULE_IDS, type RuleId } from '../types.js';

export interface IgnoredRange {
  start: number;
  end: number;
  rules: Set<RuleId> | 'all';
}

const COMMENT = /^<!--\s*pairpress-ignore-next\b([\s\S]*?)-->\s*$/;
const KNOWN = new Set<string>(RULE_IDS);

export function ignoredRanges(tree: Root): IgnoredRange[] {
  const ranges: IgnoredRange[] = [];
  const visit = (children: Nodes[]) => {
    children.forEach((node, index) => {
      if (node.type === 'html') {
        const match = COMMENT.exec(node.value.trim());
        const next = children[index + 1];
        const start = next?.position?.start.offset;
        const end = next?.position?.end.offset;
        if (match && start !== undefined && end !== undefined) {
          const words = match[1]!.split(/[\s,]+/).filter(Boolean);
          const named = words.filter((id) => KNOWN.has(id)) as RuleId[];
          ranges.push({ start, end, rules: words.length ? new Set(named) : 'all' });
        }
      }
      if ('children' in node) visit(node.children as Nodes[]);
    });
  };
  visit(tree.children);
  return ranges;
}
